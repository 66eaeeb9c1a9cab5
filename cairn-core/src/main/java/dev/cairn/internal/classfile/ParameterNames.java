package dev.cairn.internal.classfile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;

/**
 * The names of a method's parameters as the class file has them: from the {@code MethodParameters} attribute
 * ({@code javac -parameters}, read through reflection), else from the {@code LocalVariableTable} of the method's code
 * ({@code javac -g}, which Maven and Gradle pass by default). A name that neither gives is null, so that a caller can
 * refuse to judge (and write) a value it cannot name.
 *
 * <p>The class file is read once, from the declaring class's own resource (the bytes as compiled, also under a Java
 * agent that rewrote the loaded class), by a small reader that skips everything but the one method's attributes.
 */
public final class ParameterNames {

    private ParameterNames() {}

    /** One entry per parameter of {@code method}: its name, or null where the class file does not name it. */
    public static String[] of(Method method) {
        Parameter[] parameters = method.getParameters();
        String[] names = new String[parameters.length];
        boolean missing = false;
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isNamePresent()) {
                names[i] = parameters[i].getName();
            } else {
                missing = true;
            }
        }
        if (missing) {
            fillFromLocalVariables(method, names);
        }
        return names;
    }

    private static void fillFromLocalVariables(Method method, String[] names) {
        byte[] classFile = classFile(method.getDeclaringClass());
        if (classFile == null) {
            return;
        }
        String descriptor = MethodType.methodType(method.getReturnType(), method.getParameterTypes())
                .toMethodDescriptorString();
        int[] slots = new int[names.length];
        int slot = Modifier.isStatic(method.getModifiers()) ? 0 : 1;
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            slots[i] = slot;
            slot += types[i] == long.class || types[i] == double.class ? 2 : 1;
        }
        try {
            new ClassFileReader(classFile).readLocalVariables(method.getName(), descriptor, (index, start, name) -> {
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] == index && start == 0 && names[i] == null && !name.isEmpty()) {
                        names[i] = name;
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // A class file this reader does not understand names nothing: the values stay unnamed (redacted).
        }
    }

    private static byte[] classFile(Class<?> type) {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Receives the entries of a {@code LocalVariableTable}. */
    @FunctionalInterface
    interface LocalVariable {
        void accept(int index, int startPc, String name);
    }

    /** Walks the class file format (JVMS §4) as far as the attributes of one method's code. */
    private static final class ClassFileReader {

        private final DataInputStream in;
        private String[] utf8;

        ClassFileReader(byte[] bytes) {
            this.in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        void readLocalVariables(String methodName, String descriptor, LocalVariable sink) throws IOException {
            if (in.readInt() != 0xCAFEBABE) {
                return;
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            readConstantPool();
            in.readUnsignedShort(); // access flags
            in.readUnsignedShort(); // this class
            in.readUnsignedShort(); // super class
            skipFully(2L * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                skipFully(6);
                skipAttributes();
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String type = utf8[in.readUnsignedShort()];
                if (methodName.equals(name) && descriptor.equals(type)) {
                    readMethodAttributes(sink);
                    return;
                }
                skipAttributes();
            }
        }

        private void readConstantPool() throws IOException {
            int count = in.readUnsignedShort();
            utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7, 8, 16, 19, 20 -> skipFully(2);
                    case 15 -> skipFully(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> skipFully(4);
                    case 5, 6 -> {
                        skipFully(8);
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
        }

        private void readMethodAttributes(LocalVariable sink) throws IOException {
            int attributes = in.readUnsignedShort();
            for (int i = 0; i < attributes; i++) {
                String name = utf8[in.readUnsignedShort()];
                long length = in.readInt() & 0xFFFFFFFFL;
                if (!"Code".equals(name)) {
                    skipFully(length);
                    continue;
                }
                skipFully(4); // max stack, max locals
                skipFully(in.readInt() & 0xFFFFFFFFL); // code
                skipFully(8L * in.readUnsignedShort()); // exception table
                int codeAttributes = in.readUnsignedShort();
                for (int j = 0; j < codeAttributes; j++) {
                    String codeAttribute = utf8[in.readUnsignedShort()];
                    long codeAttributeLength = in.readInt() & 0xFFFFFFFFL;
                    if (!"LocalVariableTable".equals(codeAttribute)) {
                        skipFully(codeAttributeLength);
                        continue;
                    }
                    int entries = in.readUnsignedShort();
                    for (int k = 0; k < entries; k++) {
                        int start = in.readUnsignedShort();
                        in.readUnsignedShort();
                        String variable = utf8[in.readUnsignedShort()];
                        in.readUnsignedShort();
                        int index = in.readUnsignedShort();
                        if (variable != null) {
                            sink.accept(index, start, variable);
                        }
                    }
                }
                return;
            }
        }

        private void skipAttributes() throws IOException {
            int attributes = in.readUnsignedShort();
            for (int i = 0; i < attributes; i++) {
                in.readUnsignedShort();
                skipFully(in.readInt() & 0xFFFFFFFFL);
            }
        }

        private void skipFully(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    throw new IOException("class file cut short");
                }
                left -= skipped;
            }
        }
    }
}
