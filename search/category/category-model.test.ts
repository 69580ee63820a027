import { describe, expect, it } from "vitest";
import { categoryFeatures } from "./category-features";
import { loadCategoryModel, predictCategories } from "./predict-category";
import { trainCategoryModel } from "./train-category-model";

describe("categoryFeatures", () => {
  it("reads words and word pairs, Russian cut to a six-letter stem, long numbers dropped", () => {
    expect(categoryFeatures("Принтера зажёвывают 1234567 HP")).toEqual(["принте", "зажевы", "hp", "принте зажевы", "зажевы hp"]);
  });
});

describe("the category model", () => {
  const examples = [
    ...["принтер замятие бумаги", "принтер не печатает", "картридж закончился принтер", "МФУ замятие листов"].map((text) => ({
      text,
      categoryId: "printers",
    })),
    ...["забыл пароль", "учетная запись заблокирована пароль", "сменить пароль почты", "пароль истек учетная запись"].map((text) => ({
      text,
      categoryId: "accounts",
    })),
  ];

  it("learns categories from past tickets and ranks them by probability", () => {
    const model = trainCategoryModel(examples, { epochs: 30, minDocumentFrequency: 1 });
    const loaded = loadCategoryModel(model);
    const [best, second] = predictCategories(loaded, "принтеры снова замятие");
    expect(best.categoryId).toBe("printers");
    expect(best.confidence).toBeGreaterThan(second.confidence);
    expect(predictCategories(loaded, "заблокирован пароль")[0].categoryId).toBe("accounts");
    expect(predictCategories(loaded, "совершенно незнакомые слова")).toEqual([]);
  });

  it("is deterministic", () => {
    expect(trainCategoryModel(examples)).toEqual(trainCategoryModel(examples));
  });
});
