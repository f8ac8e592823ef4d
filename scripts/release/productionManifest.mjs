// manifest.xml (development: every URL on https://localhost:3000/) → the production manifest a
// department hosts: every URL under its HTTPS base URL, <Version> = the package version.

const DEV_BASE = "https://localhost:3000/";

/**
 * The base URL the department gives (ADDIN_BASE_URL), checked and ending with "/".
 * @param {string | undefined} raw
 * @returns {string}
 */
export function checkBaseUrl(raw) {
  const how = "Ví dụ: ADDIN_BASE_URL=https://cchc.example.gov.vn/addin/ npm run release";
  if (!raw || !raw.trim()) throw new Error(`Chưa có địa chỉ lưu trữ phần bổ trợ: hãy đặt biến ADDIN_BASE_URL. ${how}`);
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" không phải một địa chỉ web. ${how}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL phải bắt đầu bằng https:// (Office chỉ tải phần bổ trợ qua HTTPS), không phải "${raw}". ${how}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) throw new Error(`ADDIN_BASE_URL "${raw}" trỏ về máy này (localhost): người dùng khác không mở được. ${how}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL "${raw}" không được có phần ?… hoặc #…. ${how}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * "0.1.0" → "0.1.0.0" (the manifest's Version: up to four numbers of at most 5 digits).
 * @param {string} version
 */
export function manifestVersion(version) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:[-+].*)?$/.exec(version);
  if (!m) throw new Error(`Phiên bản gói "${version}" không đổi được sang <Version> của manifest (cần dạng 1.2.3).`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * @param {string} devXml the text of manifest.xml
 * @param {{ baseUrl: string, version: string }} o baseUrl checked by checkBaseUrl, version like "0.1.0"
 * @returns {string}
 */
export function productionManifest(devXml, o) {
  const base = checkBaseUrl(o.baseUrl);
  const origin = new URL(base).origin;
  let xml = devXml
    .replace(/<!--[^]*?-->\n?/, `<!-- Phần bổ trợ Excel CCHC (cchc-planner) — bản phát hành, các tệp đặt tại ${base} -->\n`)
    .replaceAll(DEV_BASE, base)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/, `<AppDomain>${origin}</AppDomain>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(o.version)}</Version>`);
  if (/localhost/i.test(xml)) throw new Error("manifest.xml còn địa chỉ localhost chưa đổi được sang ADDIN_BASE_URL.");
  return xml;
}

/**
 * Every URL written in the manifest (attributes and AppDomain text).
 * @param {string} xml
 * @returns {string[]}
 */
export function manifestUrls(xml) {
  return [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
}
