// subset-font ships no type declarations; this covers the part lib/pdf uses.
declare module "subset-font" {
  interface SubsetFontOptions {
    targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
    preserveNameIds?: number[];
    keepFeatures?: string[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    keepAllGlyphs?: boolean;
  }
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string | undefined,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}

// wawoff2 (Google's woff2 decoder compiled to wasm) ships no type declarations either.
declare module "wawoff2" {
  export function decompress(woff2: Buffer | Uint8Array): Promise<Uint8Array>;
  export function compress(ttf: Buffer | Uint8Array): Promise<Uint8Array>;
}
