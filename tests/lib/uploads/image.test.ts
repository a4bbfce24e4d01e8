import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InvalidError } from "@/lib/errors";
import { inspectImage, MAX_LOGO_BYTES, type InspectedImage } from "@/lib/uploads/image";
import { crc32 } from "@/lib/uploads/png";
import { unsafeCss } from "@/lib/uploads/svg";
import { thrownBy } from "@/tests/helpers/errors";
import { CLEAN_SVG, ihdr, makePng, PNG_SIGNATURE, pngChunk, utf8 } from "./fixtures";

/** The InvalidError `inspectImage` throws, with its message also under fieldErrors.file. */
function refusal(bytes: Uint8Array, name: string): InvalidError {
  const error = thrownBy(() => inspectImage(bytes, name));
  expect(error).toBeInstanceOf(InvalidError);
  const invalid = error as InvalidError;
  expect(invalid.fieldErrors.file).toEqual([invalid.message]);
  return invalid;
}

function svgOf(markup: string): Extract<InspectedImage, { mime: "image/svg+xml" }> {
  const result = inspectImage(utf8(markup), "logo.svg");
  if (result.mime !== "image/svg+xml") throw new Error("expected an SVG");
  return result;
}

const svg = (inner: string, attrs = 'viewBox="0 0 100 50"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${inner}</svg>`;

describe("PNG", () => {
  it("reads the size of a real PNG from its header", () => {
    expect(inspectImage(makePng(3, 2), "logo.png")).toEqual({ mime: "image/png", width: 3, height: 2 });
    expect(inspectImage(makePng(640, 1), "Company Logo.PNG")).toEqual({ mime: "image/png", width: 640, height: 1 });
  });

  it("judges by the bytes, not the name", () => {
    expect(inspectImage(makePng(5, 5), "logo")).toMatchObject({ mime: "image/png", width: 5, height: 5 });
    expect(refusal(makePng(5, 5), "logo.svg").message).toMatch(/named \.svg but isn't an SVG image \(it is a PNG image\)/);
  });

  it("uses the same CRC-32 as zlib", () => {
    expect(crc32(utf8("IEND"))).toBe(0xae426082);
    const chunk = pngChunk("tEXt", utf8("Title\0Lighthouse"));
    expect(crc32(chunk, 4, chunk.length - 4)).toBe(chunk.readUInt32BE(chunk.length - 4));
  });

  it("refuses a 50 MB buffer on its size alone, without parsing it", () => {
    const huge = new Uint8Array(50 * 1024 * 1024); // all zeros: parsing it would fail differently
    const started = performance.now();
    const error = refusal(huge, "huge.png");
    expect(performance.now() - started).toBeLessThan(50);
    expect(error.message).toBe("“huge.png” is 50 MB; a logo can be at most 2 MB. Export it at a smaller size, or as an SVG, and upload it again.");
  });

  it("refuses a file one byte over 2 MB and accepts the size limit itself", () => {
    expect(refusal(new Uint8Array(MAX_LOGO_BYTES + 1), "big.png").message).toMatch(/at most 2 MB/);
    const exact = new Uint8Array(MAX_LOGO_BYTES);
    exact.set(makePng(2, 2));
    expect(refusal(exact, "padded.png").message).toMatch(/extra data after its end marker/);
  });

  it("refuses an empty file", () => {
    expect(refusal(new Uint8Array(0), "logo.png").message).toBe("“logo.png” is empty. Choose the logo file again.");
  });

  it("refuses a text file renamed .png", () => {
    expect(refusal(utf8("Lighthouse Pictures\nAll rights reserved.\n"), "notes.png").message).toBe(
      "“notes.png” is named .png but isn't a PNG image. Export the logo as PNG or SVG and upload that file.",
    );
  });

  it("names the format of other images renamed .png", () => {
    expect(refusal(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "photo.png").message).toMatch(/isn't a PNG image \(it is a JPEG image\)/);
    expect(refusal(utf8("GIF89a......"), "anim.png").message).toMatch(/it is a GIF image/);
    expect(refusal(utf8(svg("<rect/>")), "logo.png").message).toMatch(/it is XML text, perhaps an SVG/);
    expect(refusal(utf8("%PDF-1.7 ..."), "logo.pdf").message).toBe("“logo.pdf” isn't a PNG or SVG image (it is a PDF). Export the logo as PNG or SVG and upload that file.");
  });

  it("refuses a PNG whose header chunk has a bad CRC", () => {
    const bytes = makePng(4, 4);
    bytes[8 + 8 + 13] = bytes[8 + 8 + 13]! ^ 0xff; // first byte of IHDR's CRC
    expect(refusal(bytes, "logo.png").message).toBe("“logo.png” can't be used as a PNG logo. Its IHDR chunk is damaged (the checksum doesn't match).");
  });

  it("refuses a PNG whose header data was changed without fixing the CRC", () => {
    const bytes = makePng(4, 4);
    bytes[8 + 8 + 3] = 9; // width 4 → 9, CRC now wrong
    expect(refusal(bytes, "logo.png").message).toMatch(/IHDR chunk is damaged/);
  });

  it("refuses damaged or truncated chunks after the header", () => {
    const bytes = makePng(4, 4);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0x01; // inside IDAT
    expect(refusal(bytes, "logo.png").message).toMatch(/IDAT chunk is damaged/);
    expect(refusal(makePng(4, 4).subarray(0, 40), "cut.png").message).toMatch(/cut off/);
    expect(refusal(PNG_SIGNATURE, "sig-only.png").message).toMatch(/header \(IHDR\) is missing/);
  });

  it("refuses a PNG that doesn't start with IHDR, or whose IHDR is invalid", () => {
    const idat = pngChunk("IDAT", deflateSync(Buffer.from([0, 1, 2, 3, 4])));
    const noHeader = Buffer.concat([PNG_SIGNATURE, idat, pngChunk("IEND")]);
    expect(refusal(noHeader, "logo.png").message).toMatch(/IHDR\) is missing: it must be the first chunk/);
    const badDepth = Buffer.concat([PNG_SIGNATURE, ihdr(1, 1, 3, 6), idat, pngChunk("IEND")]);
    expect(refusal(badDepth, "logo.png").message).toMatch(/values no PNG reader accepts/);
    const noData = Buffer.concat([PNG_SIGNATURE, ihdr(1, 1), pngChunk("IEND")]);
    expect(refusal(noData, "logo.png").message).toMatch(/no image data/);
  });

  it("refuses a width or height of 0 or above 8000", () => {
    const png = (w: number, h: number) => Buffer.concat([PNG_SIGNATURE, ihdr(w, h), pngChunk("IDAT", deflateSync(Buffer.from([0]))), pngChunk("IEND")]);
    expect(refusal(png(0, 10), "logo.png").message).toMatch(/0×10 pixels; an image needs a width and a height above 0/);
    expect(refusal(png(10, 0), "logo.png").message).toMatch(/above 0/);
    expect(refusal(png(8001, 10), "logo.png").message).toMatch(/8001×10 pixels; a logo can be at most 8000 pixels on each side/);
    expect(inspectImage(png(8000, 8000), "logo.png")).toEqual({ mime: "image/png", width: 8000, height: 8000 });
  });
});

describe("SVG: structure and size", () => {
  it("keeps a clean SVG, with its size, its internal references and its styles", () => {
    const result = svgOf(CLEAN_SVG);
    expect(result).toMatchObject({ mime: "image/svg+xml", width: 240, height: 80 });
    const out = result.svg;
    expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(out).toContain('viewBox="0 0 240 80"');
    expect(out).toContain("<title>Lighthouse Pictures</title>");
    expect(out).toContain('<linearGradient id="sky" x1="0" x2="1">');
    expect(out).toContain('<rect width="240" height="80" fill="url(#sky)" rx="8"/>');
    expect(out).toContain('<use href="#beam" fill="#fc0"/>');
    expect(out).toContain('<use xlink:href="#beam" transform="translate(20 0)"/>');
    expect(out).toContain("<style>.word { font-family: sans-serif; fill: url(#sky); }</style>");
    expect(out).toContain('style="font-size: 24px"');
    expect(out).not.toContain("DOCTYPE");
    expect(out).not.toContain("<?xml");
    // The result is itself a valid, stable logo: sanitizing it again changes nothing.
    expect(svgOf(out)).toEqual(result);
  });

  it("sizes from width and height, the viewBox, or one of each, in absolute units", () => {
    expect(svgOf(svg("", 'viewBox="0 0 100 50"'))).toMatchObject({ width: 100, height: 50 });
    expect(svgOf(svg("", 'width="300" height="120px"'))).toMatchObject({ width: 300, height: 120 });
    expect(svgOf(svg("", 'viewBox="0,0,100,50" width="400"'))).toMatchObject({ width: 400, height: 200 });
    expect(svgOf(svg("", 'viewBox="0 0 100 50" height="10mm"'))).toMatchObject({ width: 76, height: 38 });
    expect(svgOf(svg("", 'viewBox="0 0 100 50" width="100%" height="100%"'))).toMatchObject({ width: 100, height: 50 });
    expect(svgOf(svg("", 'width="1in" height="72pt"'))).toMatchObject({ width: 96, height: 96 });
  });

  it("scales a vector larger than 8000 pixels down to fit, keeping its proportions", () => {
    expect(svgOf(svg("", 'viewBox="0 0 20000 5000"'))).toMatchObject({ width: 8000, height: 2000 });
  });

  it("refuses an SVG with nothing to size it by, or with no area", () => {
    const name = "“logo.svg” can't be used as an SVG logo. ";
    expect(refusal(utf8(svg("<rect/>", "")), "logo.svg").message).toBe(
      `${name}It has no viewBox and no width and height, so its size is unknown. Add a viewBox (for example viewBox="0 0 400 200") and upload it again.`,
    );
    expect(refusal(utf8(svg("", 'width="100%" height="100%"')), "logo.svg").message).toMatch(/no viewBox and no width and height/);
    expect(refusal(utf8(svg("", 'viewBox="0 0 0 50"')), "logo.svg").message).toMatch(/has no area/);
    expect(refusal(utf8(svg("", 'viewBox="0 0 wide tall"')), "logo.svg").message).toMatch(/isn't four numbers/);
    expect(refusal(utf8(svg("", 'width="0" height="40"')), "logo.svg").message).toMatch(/width or height is 0/);
  });

  it("refuses an SVG that isn't well-formed XML, with where the parser stopped", () => {
    const error = refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><g></svg>'), "broken.svg");
    expect(error.message).toMatch(/^“broken\.svg” can't be used as an SVG logo\. It isn't well-formed XML \(1:\d+: .+\)\. Export it again from your design tool\.$/);
    expect(refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width=1/></svg>'), "x.svg").message).toMatch(/well-formed/);
    expect(refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">&nbsp;</svg>'), "x.svg").message).toMatch(/well-formed/);
  });

  it("refuses other XML, an <svg> outside the SVG namespace, and text named .svg", () => {
    expect(refusal(utf8('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), "page.svg").message).toMatch(/root element is <html>, not <svg>/);
    expect(refusal(utf8('<svg viewBox="0 0 1 1"><rect/></svg>'), "bare.svg").message).toMatch(/lacks xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(refusal(utf8("just words"), "words.svg").message).toMatch(/named \.svg but isn't an SVG image/);
  });

  it("refuses entity declarations (billion laughs, smuggled markup)", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>${svg("<text>&lol2;</text>")}`;
    expect(refusal(utf8(laughs), "lol.svg").message).toMatch(/declares its own XML entities/);
  });

  it("refuses text that isn't UTF-8", () => {
    expect(refusal(Uint8Array.of(0xff, 0xfe, 0x3c, 0x00), "utf16.svg").message).toMatch(/UTF-16/);
    expect(refusal(new Uint8Array([...utf8("<svg>"), 0xc3, 0x28]), "latin.svg").message).toMatch(/isn't UTF-8/);
  });
});

describe("SVG: sanitizing", () => {
  it("removes <script>, wherever it is", () => {
    const out = svgOf(svg('<script>alert(1)</script><g><script type="text/ecmascript"><![CDATA[alert(2)]]></script><rect width="1" height="1"/></g>')).svg;
    expect(out).not.toMatch(/script|alert/i);
    expect(out).toContain('<rect width="1" height="1"/>');
  });

  it("removes event handler attributes", () => {
    const out = svgOf(svg('<rect onclick="alert(1)" onmouseover="alert(2)" width="5" height="5"/><animateTransform onbegin="alert(3)" attributeName="transform" type="rotate"/>', 'viewBox="0 0 10 10" onload="alert(0)"')).svg;
    expect(out).not.toMatch(/\bon\w+=|alert/i);
    expect(out).toContain('<rect width="5" height="5"/>');
  });

  it("removes javascript: links, however they are spelled", () => {
    const out = svgOf(
      svg(
        '<a href="javascript:alert(1)"><text>one</text></a><a xlink:href="JaVaScRiPt:alert(2)"><text>two</text></a><a href="java&#9;script:alert(3)"><text>three</text></a><a href=" javascript:alert(4)"><rect/></a>',
      ),
    ).svg;
    expect(out).not.toMatch(/javascript|alert|href/i);
    expect(out).toContain("<text>one</text>");
  });

  it("removes external references: <use>, <image>, <feImage> and links to other files", () => {
    const out = svgOf(
      svg(
        '<use href="http://evil.example/sprite.svg#logo"/><use xlink:href="https://evil.example/x.svg#a"/><use href="other.svg#a"/><use href="#ok"/>' +
          '<image href="https://tracker.example/pixel.png" width="1" height="1"/><filter id="f"><feImage href="https://evil.example/a.png"/></filter>' +
          '<a href="https://lighthouse.example"><text>site</text></a>',
      ),
    ).svg;
    expect(out).not.toMatch(/evil|tracker|other\.svg|lighthouse\.example|https?:\/\/(?!www\.w3\.org)/);
    expect(out).toContain('<use href="#ok"/>');
    expect(out).toContain('<image width="1" height="1"/>');
    expect(out).toContain("<text>site</text>");
  });

  it("keeps embedded PNG and JPEG images, removes other data: URLs", () => {
    const png = `data:image/png;base64,${Buffer.from(makePng(1, 1)).toString("base64")}`;
    const out = svgOf(
      svg(
        `<image href="${png}" width="1" height="1"/><image xlink:href="data:image/jpeg;base64,/9j/4AAQ" width="2" height="2"/>` +
          '<image href="data:image/svg+xml;base64,PHN2Zy8+" width="3" height="3"/><use href="data:image/svg+xml,&lt;svg/&gt;#x"/><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>',
      ),
    ).svg;
    expect(out).toContain(`<image href="${png}" width="1" height="1"/>`);
    expect(out).toContain('<image xlink:href="data:image/jpeg;base64,/9j/4AAQ" width="2" height="2"/>');
    expect(out).not.toMatch(/svg\+xml|text\/html|alert/);
    expect(out).toContain('<image width="3" height="3"/>');
  });

  it("removes <foreignObject> and the HTML inside it", () => {
    const out = svgOf(svg('<foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/><b>hi</b></div></foreignObject><circle r="4"/>')).svg;
    expect(out).not.toMatch(/foreignObject|iframe|<div|<b>|evil/i);
    expect(out).toContain('<circle r="4"/>');
  });

  it("removes <style> with @import or external url(), and such style attributes", () => {
    const out = svgOf(
      svg(
        '<style>@import url("https://evil.example/a.css");</style><style>rect { fill: url(https://evil.example/x.svg#p) }</style><style>.a{background:u\\72l(//evil.example)}</style>' +
          '<style>.ok { fill: url(#g) }</style><rect style="fill: url(&quot;https://evil.example/p.svg#a&quot;)" width="1" height="1"/><circle style="fill:red" r="1" filter="url(https://evil.example/f.svg#f)" clip-path="url(#c)"/>',
      ),
    ).svg;
    expect(out).not.toMatch(/evil|@import|\\72/);
    expect(out).toContain("<style>.ok { fill: url(#g) }</style>");
    expect(out).toContain('<rect width="1" height="1"/>');
    expect(out).toContain('<circle style="fill:red" r="1" clip-path="url(#c)"/>');
  });

  it("removes animation that could rewrite a link, processing instructions and comments", () => {
    const out = svgOf(
      `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/a.css"?>${svg('<!-- hi --><a><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(2)"/><text>x</text></a><?php echo 1 ?>')}`,
    ).svg;
    expect(out).not.toMatch(/<set|<animate\b|javascript|xml-stylesheet|<\?|<!--/);
    expect(out).toContain("<a><text>x</text></a>");
  });

  it("removes elements outside the SVG namespace", () => {
    const out = svgOf(svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script><x:rect xmlns:x="urn:other" width="1"/><rect width="2" height="2"/>')).svg;
    expect(out).not.toMatch(/alert|urn:other|h:script|x:rect/);
    expect(out).toContain('<rect width="2" height="2"/>');
  });

  it("refuses absurdly deep nesting or too many elements before parsing, quickly", () => {
    const started = performance.now();
    const deep = svg(`${"<g>".repeat(100_000)}${"</g>".repeat(100_000)}`);
    expect(refusal(utf8(deep), "deep.svg").message).toMatch(/nested more than 100 deep/);
    const wide = svg('<path d="M0 0h1"/>'.repeat(100_000));
    expect(wide.length).toBeLessThan(MAX_LOGO_BYTES);
    expect(refusal(utf8(wide), "wide.svg").message).toMatch(/more than 10,000 elements/);
    expect(performance.now() - started).toBeLessThan(1000);
    // Bogus end tags don't buy depth, and tags in comments or attribute values don't count.
    expect(refusal(utf8(svg(`${"</x>".repeat(200)}${"<g>".repeat(150)}${"</g>".repeat(150)}`)), "tricky.svg").message).toMatch(/nested more than 100 deep/);
    const busy = svg(`<!-- ${"<g>".repeat(500)} -->${'<g><path d="M0 0h1" data-x="a>b"/></g>'.repeat(500)}`);
    expect(svgOf(busy).width).toBe(100);
  });
});

describe("unsafeCss", () => {
  it("allows plain rules and local url(#id), refuses loading and escapes", () => {
    expect(unsafeCss(".a { fill: #fff; stroke: url(#g) } @media (min-width: 10px) { .b { opacity: .5 } }")).toBe(false);
    expect(unsafeCss("@import 'x.css';")).toBe(true);
    expect(unsafeCss("@IMPORT url(x.css);")).toBe(true);
    expect(unsafeCss(".a { fill: url( 'https://x.example/p.svg#a' ) }")).toBe(true);
    expect(unsafeCss(".a { fill: url(x.svg#a) }")).toBe(true);
    expect(unsafeCss(".a { mask-image: image-set('https://x.example/a.png' 1x) }")).toBe(true);
    expect(unsafeCss(".a { fill: \\75 rl(x) }")).toBe(true);
    expect(unsafeCss(".a { /* url(https://x) in a comment */ fill: red }")).toBe(false);
  });
});
