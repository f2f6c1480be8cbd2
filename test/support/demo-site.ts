import { launchChromium, type LaunchedBrowser } from './chromium.js';
import { DemoProcess } from './demo-process.js';

/** The demo site and a Chromium to visit it, started together for one test file. */
export interface DemoSite {
  demo: DemoProcess;
  chromium: LaunchedBrowser;
  close(): Promise<void>;
}

/** `env`: settings for the demo beyond NODE_ENV=test (e.g. a short CONFIRMATION_SECONDS). */
export async function openDemoSite(env: Record<string, string> = {}): Promise<DemoSite> {
  const [demo, chromium] = await Promise.all([
    DemoProcess.start({ NODE_ENV: 'test', ...env }),
    launchChromium(),
  ]);
  return {
    demo,
    chromium,
    async close() {
      await chromium.close();
      await demo.dispose();
    },
  };
}
