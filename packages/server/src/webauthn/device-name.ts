/**
 * A name for a new passkey that the member recognizes in the list later, derived from the
 * browser's User-Agent ("Chrome unter Windows"). Only the browser family and operating system
 * are kept; nothing that identifies the device.
 */
const browsers: [RegExp, string][] = [
  [/Edg(A|iOS)?\//, 'Edge'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/OPR\//, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/iPhone/, 'iOS'],
  [/iPad/, 'iPadOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** The browser family and operating system a User-Agent names, each where it names one. */
export function deviceParts(userAgent: string | null | undefined): {
  browser?: string;
  system?: string;
} {
  if (!userAgent) return {};
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  return { ...(browser ? { browser } : {}), ...(system ? { system } : {}) };
}

export function deviceName(userAgent: string | undefined, locale: 'de' | 'en'): string {
  const { browser, system } = deviceParts(userAgent);
  if (browser && system) return `${browser} ${locale === 'de' ? 'unter' : 'on'} ${system}`;
  return browser ?? system ?? 'Passkey';
}
