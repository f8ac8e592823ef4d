export function checkBaseUrl(raw: string | undefined): string;
export function manifestVersion(version: string): string;
export function productionManifest(devXml: string, o: { baseUrl: string; version: string }): string;
export function manifestUrls(xml: string): string[];
