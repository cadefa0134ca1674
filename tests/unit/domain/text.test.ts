import { describe, expect, it } from "vitest";
import { fold, norwegianCollator } from "../../../src/domain/text.ts";

describe("fold", () => {
  it("folds case and Norwegian letters the way people type without them", () => {
    expect(fold("Ålesund")).toBe("alesund");
    expect(fold("aalesund")).toBe("alesund");
    expect(fold("Bærum")).toBe("baerum");
    expect(fold("Tromsø")).toBe("tromso");
    expect(fold("Sør-Varanger")).toBe("sor varanger");
  });

  it("folds Sami and Kven letters to their base letters", () => {
    expect(fold("Guovdageaidnu")).toBe("guovdageaidnu");
    expect(fold("Porsáŋgu")).toBe("porsangu");
    expect(fold("Kárášjohka")).toBe("karasjohka");
    expect(fold("Unjárga")).toBe("unjarga");
    expect(fold("Deatnu")).toBe("deatnu");
    expect(fold("Divtasvuodna đŧ")).toBe("divtasvuodna dt");
  });

  it("turns punctuation into single spaces and trims", () => {
    expect(fold("  Porsanger - Porsáŋgu - Porsanki ")).toBe("porsanger porsangu porsanki");
  });
});

describe("norwegianCollator", () => {
  it("sorts Æ, Ø and Å after Z", () => {
    const names = ["Åsnes", "Ørland", "Zero", "Ævre", "Arendal"];
    expect([...names].sort(norwegianCollator().compare)).toEqual(["Arendal", "Zero", "Ævre", "Ørland", "Åsnes"]);
  });
});
