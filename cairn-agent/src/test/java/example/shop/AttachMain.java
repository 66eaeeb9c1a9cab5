package example.shop;

import com.sun.tools.attach.VirtualMachine;

/**
 * Attaches the agent to its own JVM after {@link Shop} has been loaded and used: the agent must retransform it.
 * Run with {@code -Djdk.attach.allowAttachSelf=true AttachMain <agent jar>}.
 */
public final class AttachMain {

    private AttachMain() {}

    public static void main(String[] args) throws Exception {
        Shop shop = new Shop();
        System.err.println("fixture: before " + shop.report("early", 1));
        VirtualMachine self =
                VirtualMachine.attach(String.valueOf(ProcessHandle.current().pid()));
        try {
            self.loadAgent(args[0]);
        } finally {
            self.detach();
        }
        System.err.println("fixture: after " + shop.report("late", 2));
    }
}
