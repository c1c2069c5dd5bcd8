package com.lifeos.app.system;

import com.lifeos.app.LifeOsApplication;

/**
 * Starts LifeOS as its own {@code main} does, after starting a thread that never ends by itself and is not a daemon,
 * as a framework's worker that outlives a failed start would be. Run in a process of its own by
 * {@link StartUpFailureTest}; not a bean, so the application's component scan passes it by.
 */
public final class OutlivingThreadLauncher {

    private OutlivingThreadLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Thread lingering = new Thread(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "outlives-the-application");
        lingering.setDaemon(false);
        lingering.start();
        LifeOsApplication.main(args);
    }
}
