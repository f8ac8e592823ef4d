/**
 * Bodies that set the timing of "external" schedules ("Theo kế hoạch của Bộ Nội vụ"), by folded
 * key, with their proper Vietnamese name. The name is written with diacritics even when the
 * schedule was typed without them.
 */
import { quickClean as cleanText, quickFold as foldKey } from "./quickText.js";

const NAMES: ReadonlyArray<readonly [string, string]> = [
  ["Trung ương", "trung uong"],
  ["các bộ, ngành Trung ương", "cac bo, nganh trung uong|cac bo nganh trung uong|bo, nganh trung uong|bo nganh trung uong"],
  ["Chính phủ", "chinh phu"],
  ["Thủ tướng Chính phủ", "thu tuong chinh phu|thu tuong"],
  ["Văn phòng Chính phủ", "van phong chinh phu|vpcp"],
  ["Bộ Nội vụ", "bo noi vu|bnv"],
  ["Bộ Tư pháp", "bo tu phap"],
  ["Bộ Tài chính", "bo tai chinh"],
  ["Bộ Kế hoạch và Đầu tư", "bo ke hoach va dau tu"],
  ["Bộ Thông tin và Truyền thông", "bo thong tin va truyen thong"],
  ["Bộ Khoa học và Công nghệ", "bo khoa hoc va cong nghe"],
  ["Bộ Công an", "bo cong an"],
  ["Tỉnh ủy", "tinh uy"],
  ["Ban Thường vụ Tỉnh ủy", "ban thuong vu tinh uy"],
  ["HĐND tỉnh", "hdnd tinh|hoi dong nhan dan tinh"],
  ["UBND tỉnh", "ubnd tinh|uy ban nhan dan tinh|ubnd tinh khanh hoa|uy ban nhan dan tinh khanh hoa"],
  ["Chủ tịch UBND tỉnh", "chu tich ubnd tinh|chu tich uy ban nhan dan tinh"],
  ["Văn phòng UBND tỉnh", "van phong ubnd tinh|van phong uy ban nhan dan tinh"],
  ["Sở Nội vụ", "so noi vu"],
  ["Sở Tư pháp", "so tu phap"],
  ["Sở Tài chính", "so tai chinh"],
  ["Sở Kế hoạch và Đầu tư", "so ke hoach va dau tu|so kh&dt|so khdt"],
  ["Sở Khoa học và Công nghệ", "so khoa hoc va cong nghe|so khoa hoc cong nghe|so kh&cn|so khcn"],
  ["Sở Thông tin và Truyền thông", "so thong tin va truyen thong|so tt&tt|so tttt"],
  ["Sở Xây dựng", "so xay dung"],
  ["Sở Tài nguyên và Môi trường", "so tai nguyen va moi truong"],
  ["Sở Nông nghiệp và Môi trường", "so nong nghiep va moi truong"],
  ["Sở Nông nghiệp và Phát triển nông thôn", "so nong nghiep va phat trien nong thon"],
  ["Sở Giáo dục và Đào tạo", "so giao duc va dao tao"],
  ["Sở Y tế", "so y te"],
  ["Sở Công Thương", "so cong thuong"],
  ["Sở Lao động - Thương binh và Xã hội", "so lao dong - thuong binh va xa hoi|so lao dong thuong binh va xa hoi"],
  ["Sở Văn hóa, Thể thao và Du lịch", "so van hoa, the thao va du lich|so van hoa the thao va du lich"],
  ["Sở Giao thông vận tải", "so giao thong van tai"],
  ["Thanh tra tỉnh", "thanh tra tinh"],
  ["Công an tỉnh", "cong an tinh"],
  ["Kho bạc Nhà nước", "kho bac nha nuoc"],
  ["Ban Quản lý", "ban quan ly"],
  ["cơ quan cấp trên", "co quan cap tren|cap tren"],
];

const BY_KEY = new Map<string, string>();
for (const [name, keys] of NAMES) for (const k of keys.split("|")) BY_KEY.set(k, name);

/** Known keys, longest first, so that "van phong ubnd tinh" wins over "ubnd tinh". */
const KEYS_LONGEST_FIRST = [...BY_KEY.keys()].sort((a, b) => b.length - a.length);

/** Every body this module knows, by its proper name. */
export const KNOWN_AUTHORITIES: readonly string[] = NAMES.map(([name]) => name);

const EDGE_PUNCT = /^[\s,.;:\-–]+|[\s,.;:\-–]+$/g;

function knownExact(key: string): string | undefined {
  return BY_KEY.get(key.replace(EDGE_PUNCT, ""));
}

/** The known body whose key occurs in `folded` as whole words (longest first), if any. */
export function findKnownAuthority(folded: string): string | undefined {
  for (const k of KEYS_LONGEST_FIRST) {
    const i = folded.indexOf(k);
    if (i < 0) continue;
    const before = i === 0 ? " " : folded[i - 1];
    const after = i + k.length >= folded.length ? " " : folded[i + k.length];
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return BY_KEY.get(k);
  }
  return undefined;
}

/**
 * Name of a body as written after "của …": the proper name when known ("so noi vu" →
 * "Sở Nội vụ"; "Sở Nội vụ và Sở Tư pháp" → both names), else the text cleaned.
 */
export function authorityName(written: string): string {
  const cleaned = cleanText(written).replace(EDGE_PUNCT, "");
  const key = foldKey(cleaned);
  const exact = knownExact(key);
  if (exact) return exact;
  const parts = key.split(/\s*(?:,|;| va | và )\s*/);
  if (parts.length > 1) {
    const names = parts.map(knownExact);
    if (names.every((n): n is string => n !== undefined)) {
      return names.length === 2 ? `${names[0]} và ${names[1]}` : `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}`;
    }
  }
  for (const k of KEYS_LONGEST_FIRST) {
    if (key.startsWith(k) && (key.length === k.length || !/[a-z0-9]/.test(key[k.length]))) {
      // "UBND tỉnh giao" → "UBND tỉnh" only when the rest is a short verb phrase; keep long text as written.
      return key.length - k.length <= 12 ? (BY_KEY.get(k) as string) : cleaned;
    }
  }
  return nearestKnown(key) ?? cleaned;
}

/** Levenshtein distance, stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * OCR-damaged names ("Trun uong" for "Trung ương"): the one known key within 1 edit (2 for keys of
 * 10+ letters), when exactly one is that close.
 */
function nearestKnown(key: string): string | undefined {
  if (key.length < 5) return undefined;
  let found: string | undefined;
  let best = 99;
  let ties = 0;
  for (const k of KEYS_LONGEST_FIRST) {
    const max = k.length >= 10 ? 2 : 1;
    const d = distance(key, k, max);
    if (d > max) continue;
    const name = BY_KEY.get(k) as string;
    if (d < best) {
      best = d;
      found = name;
      ties = 0;
    } else if (d === best && name !== found) ties++;
  }
  return ties === 0 ? found : undefined;
}
