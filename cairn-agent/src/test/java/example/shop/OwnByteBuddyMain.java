package example.shop;

import static net.bytebuddy.matcher.ElementMatchers.named;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FixedValue;

/** An application that uses ByteBuddy itself (unrelocated, from its own class path) next to the agent's copy. */
public final class OwnByteBuddyMain {

    private OwnByteBuddyMain() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        Object generated = new ByteBuddy()
                .subclass(Object.class)
                .method(named("toString"))
                .intercept(FixedValue.value("made by the application's ByteBuddy"))
                .make()
                .load(OwnByteBuddyMain.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                .getLoaded()
                .getDeclaredConstructor()
                .newInstance();
        String jar = ByteBuddy.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath();
        System.err.println("fixture: " + generated + " from " + jar.substring(jar.lastIndexOf('/') + 1));
        System.err.println("fixture: " + new Shop().report("acme", 3));
    }
}
