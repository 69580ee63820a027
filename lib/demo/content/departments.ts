import type { DepartmentSeed } from "./types";

// Departments of the demo hospital (Областная клиническая больница).
export const departments: DepartmentSeed[] = [
  { key: "administration", nameRu: "Администрация", nameEn: "Administration" },
  { key: "therapy", nameRu: "Терапевтическое отделение", nameEn: "Internal Medicine" },
  { key: "surgery", nameRu: "Хирургическое отделение", nameEn: "Surgery" },
  { key: "cardiology", nameRu: "Кардиологическое отделение", nameEn: "Cardiology" },
  { key: "icu", nameRu: "Отделение анестезиологии и реанимации", nameEn: "Anaesthesiology and Intensive Care" },
  { key: "radiology", nameRu: "Отделение лучевой диагностики", nameEn: "Radiology" },
  { key: "laboratory", nameRu: "Клинико-диагностическая лаборатория", nameEn: "Clinical Laboratory" },
  { key: "registry", nameRu: "Регистратура", nameEn: "Registry" },
  { key: "accounting", nameRu: "Бухгалтерия", nameEn: "Accounting" },
  { key: "it", nameRu: "Отдел информационных технологий", nameEn: "IT Department" },
];
