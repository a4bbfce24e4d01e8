import type { PdfBlock } from "@/lib/pdf/credits-pdf";

/** Deterministic pseudo-random generator (mulberry32), so fixtures never change. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN_FIRST = ["José", "Zoë", "François", "Łukasz", "Ingrid", "Søren", "Ana", "Mikael", "Chloé", "Ömer", "Raúl", "Anaïs", "Björn", "Emma", "Liam", "Noah", "Olivia", "Mateo", "Aoife", "Siobhán"];
const LATIN_LAST = ["Müller", "García", "Nuñez", "Żuławski", "Kowalczyk", "Dubois", "Ó Briain", "Larsen", "Rossi", "Novák", "Fernández", "Smith", "Jönsson", "Costa", "Lefèvre", "Ødegaard"];
const GREEK = ["Γιώργος Παπαδόπουλος", "Ελένη Κωνσταντίνου", "Νίκος Αλεξίου", "Μαρία Οικονόμου"];
const CYRILLIC = ["Анна Каренина", "Дмитрий Шостакович", "Ольга Петрова", "Іван Франко", "Љубица Јовановић"];
const JA = ["山田太郎", "佐藤 花子", "鈴木 一郎", "高橋 さくら", "田中 美咲", "渡辺 健太", "伊藤 あゆみ", "小林 翔"];
const ZH = ["王小明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽"];
const KO = ["김민준", "이서연", "박지훈", "최수아", "정우진", "강하은"];
const AR = ["محمد عبد الله", "فاطمة الزهراء", "أحمد بن علي", "ليلى حسن", "عمر خالد"];
const HE = ["דוד לוי", "שרה כהן", "יוסף מזרחי", "מרים פרץ"];

const SYLLABLES = ["ka", "ri", "mo", "len", "dra", "vi", "son", "tel", "ber", "ga", "no", "shi", "lu", "mar", "ez", "and", "ol", "fen", "wick", "ström", "é", "ø", "ñ", "ck"];
const HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const HAN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志浩宇晨欣怡嘉琪佳俊博文轩子涵雨萱梓睿一诺思远天佑若曦";
const JA_SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"];
const JA_GIVEN = ["さくら", "ゆい", "はると", "そうた", "美咲", "健太", "翔", "陽菜", "蓮", "結衣", "あおい", "ひなた", "大翔", "葵", "悠真", "リナ", "ケン"];
const HANGUL = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호제음빈동온시범좌팽승간상갈단견당화창";

/** A credit list of about `count` names in many scripts (mostly Latin, as in real lists). */
export function bigCreditList(count: number, seed = 7): PdfBlock[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const word = (): string => {
    const w = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYLLABLES)).join("");
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const chars = (pool: string, n: number): string => Array.from({ length: n }, () => pick(Array.from(pool))).join("");
  const name = (): string => {
    const x = r();
    // Mostly Latin, half of them unique invented names (real lists have few repeats).
    if (x < 0.35) return `${pick(LATIN_FIRST)} ${pick(LATIN_LAST)}`;
    if (x < 0.7) return `${pick(LATIN_FIRST)} ${word()}`;
    if (x < 0.74) return pick(GREEK);
    if (x < 0.78) return pick(CYRILLIC);
    if (x < 0.8) return pick(JA);
    if (x < 0.83) return `${pick(JA_SURNAMES)} ${pick(JA_GIVEN)}`;
    if (x < 0.85) return pick(ZH);
    if (x < 0.88) return chars(HAN_SURNAMES, 1) + chars(HAN_GIVEN, 1 + Math.floor(r() * 2));
    if (x < 0.9) return pick(KO);
    if (x < 0.92) return chars(HANGUL, 3);
    if (x < 0.96) return pick(AR);
    return pick(HE);
  };
  const blocks: PdfBlock[] = [];
  let made = 0;
  let i = 0;
  while (made < count) {
    const n = Math.min(count - made, 10 + Math.floor(r() * 60));
    const kind = i % 25 === 0 ? "group" : "names";
    const cast = i % 9 === 1;
    blocks.push({
      heading: kind === "group" ? `Department ${i}` : `Crew role ${i}`,
      kind,
      columns: cast ? 1 : i % 3 === 0 ? 2 : 1,
      names: Array.from({ length: n }, (_, k) => ({ name: name(), character: cast ? `Character ${k + 1}` : null })),
    });
    made += n;
    if (i % 20 === 10) {
      blocks.push({ heading: "Thanks", kind: "paragraph", columns: 1, names: [], text: "The producers wish to thank everyone who helped make this film, in Lisbon, 東京, Αθήνα and القاهرة. ".repeat(3) });
    }
    i++;
  }
  return blocks;
}
