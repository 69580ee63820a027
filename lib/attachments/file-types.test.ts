import { describe, expect, it } from "vitest";
import { cleanFileName } from "./file-name";
import { looksAcceptable, sniffAttachmentType } from "./file-types";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffAttachmentType: the bytes decide, not the name", () => {
  it.each([
    ["image/png", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ["image/jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF")],
    ["image/gif", bytes("GIF89a", [1, 0])],
    ["image/gif", bytes("GIF87a")],
    ["image/webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
    ["application/pdf", bytes("%PDF-1.7\n")],
  ])("recognises %s", (type, content) => {
    expect(sniffAttachmentType(content)).toBe(type);
  });

  it.each([
    ["HTML saved as .png", bytes("<html><script>alert(1)</script>")],
    ["SVG (scriptable)", bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ["a ZIP / DOCX", bytes("PK", [3, 4])],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [0, 0, 0, 0], "WAVE")],
    ["too short to tell", bytes([0x89, 0x50])],
    ["empty", new Uint8Array()],
  ])("refuses %s", (_, content) => {
    expect(sniffAttachmentType(content)).toBeNull();
  });
});

describe("looksAcceptable: the browser's quick check", () => {
  it("accepts by declared type or by extension", () => {
    expect(looksAcceptable({ name: "scan", type: "application/pdf" })).toBe(true);
    expect(looksAcceptable({ name: "Снимок экрана.JPG", type: "" })).toBe(true);
    expect(looksAcceptable({ name: "report.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" })).toBe(
      false,
    );
  });
});

describe("cleanFileName", () => {
  it("keeps the name, drops folders, quotes and control characters", () => {
    expect(cleanFileName("C:\\Users\\ivanov\\Ошибка МИС.png")).toBe("Ошибка МИС.png");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b\r\nc.pdf')).toBe("abc.pdf");
  });

  it("never returns an empty name, and keeps the end (the extension) of a long one", () => {
    expect(cleanFileName("  ")).toBe("file");
    const long = `${"x".repeat(300)}.pdf`;
    expect(cleanFileName(long)).toHaveLength(200);
    expect(cleanFileName(long).endsWith(".pdf")).toBe(true);
  });
});
