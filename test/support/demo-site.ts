import { launchChromium, type LaunchedBrowser } from './chromium.js';
import { DemoProcess } from './demo-process.js';

/** The demo site and a Chromium to visit it, started together for one test file. */
export interface DemoSite {
  demo: DemoProcess;
  chromium: LaunchedBrowser;
  close(): Promise<void>;
}

export async function openDemoSite(): Promise<DemoSite> {
  const [demo, chromium] = await Promise.all([DemoProcess.start(), launchChromium()]);
  return {
    demo,
    chromium,
    async close() {
      await chromium.close();
      await demo.dispose();
    },
  };
}
