import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks, doubling quotes, and ends lines with CRLF", () => {
    expect(csvLine(["plain", 'say "hi"', "a,b", "two\nlines", null, 3, true])).toBe(
      'plain,"say ""hi""","a,b","two\nlines",,3,true\r\n',
    );
  });

  it("keeps a spreadsheet from evaluating a field as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("--anonymous-auth=false")).toBe("--anonymous-auth=false");
  });
});
