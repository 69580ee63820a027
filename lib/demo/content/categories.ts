import type { CategorySeed } from "./types";

// Two levels. "specialist" looks after hardware, printers, network and phones;
// "specialist2" after the МИС, accounts and software. Access cards go through the dispatcher.
export const categories: CategorySeed[] = [
  // Printers and MFPs
  { key: "printers", nameRu: "Принтеры и МФУ", nameEn: "Printers and MFPs", defaultPriority: "normal", defaultAssignee: "specialist" },
  {
    key: "printers-jam",
    parentKey: "printers",
    nameRu: "Замятие бумаги",
    nameEn: "Paper jam",
    defaultPriority: "normal",
    defaultAssignee: "specialist",
  },
  {
    key: "printers-quality",
    parentKey: "printers",
    nameRu: "Качество печати",
    nameEn: "Print quality",
    defaultPriority: "low",
    defaultAssignee: "specialist",
  },
  {
    key: "printers-scanner",
    parentKey: "printers",
    nameRu: "Сканирование",
    nameEn: "Scanning",
    defaultPriority: "normal",
    defaultAssignee: "specialist",
  },
  {
    key: "printers-cartridges",
    parentKey: "printers",
    nameRu: "Картриджи и расходные материалы",
    nameEn: "Cartridges and supplies",
    defaultPriority: "low",
    defaultAssignee: "specialist",
  },

  // Medical information system
  {
    key: "mis",
    nameRu: "Медицинская информационная система (МИС)",
    nameEn: "Medical information system (MIS)",
    defaultPriority: "high",
    defaultAssignee: "specialist2",
  },
  {
    key: "mis-login",
    parentKey: "mis",
    nameRu: "Вход в МИС",
    nameEn: "MIS login",
    defaultPriority: "high",
    defaultAssignee: "specialist2",
  },
  {
    key: "mis-emr",
    parentKey: "mis",
    nameRu: "Электронная медицинская карта",
    nameEn: "Electronic medical record",
    defaultPriority: "high",
    defaultAssignee: "specialist2",
  },
  {
    key: "mis-lab",
    parentKey: "mis",
    nameRu: "Результаты лабораторных исследований",
    nameEn: "Laboratory results",
    defaultPriority: "high",
    defaultAssignee: "specialist2",
  },
  {
    key: "mis-eprescription",
    parentKey: "mis",
    nameRu: "Электронные рецепты и ЭЦП",
    nameEn: "E-prescriptions and digital signature",
    defaultPriority: "high",
    defaultAssignee: "specialist2",
  },
  {
    key: "mis-schedule",
    parentKey: "mis",
    nameRu: "Расписание и запись пациентов",
    nameEn: "Schedule and appointments",
    defaultPriority: "normal",
    defaultAssignee: "specialist2",
  },

  // Network
  { key: "network", nameRu: "Сеть и Wi-Fi", nameEn: "Network and Wi-Fi", defaultPriority: "normal", defaultAssignee: "specialist" },
  { key: "network-wifi", parentKey: "network", nameRu: "Wi-Fi", nameEn: "Wi-Fi", defaultPriority: "normal", defaultAssignee: "specialist" },
  {
    key: "network-wired",
    parentKey: "network",
    nameRu: "Проводная сеть и интернет",
    nameEn: "Wired network and internet",
    defaultPriority: "high",
    defaultAssignee: "specialist",
  },

  // Accounts
  {
    key: "accounts",
    nameRu: "Учётные записи и пароли",
    nameEn: "Accounts and passwords",
    defaultPriority: "normal",
    defaultAssignee: "specialist2",
  },
  {
    key: "accounts-password",
    parentKey: "accounts",
    nameRu: "Сброс пароля и разблокировка",
    nameEn: "Password reset and unlock",
    defaultPriority: "high",
    defaultAssignee: "specialist2",
  },
  {
    key: "accounts-new-employee",
    parentKey: "accounts",
    nameRu: "Учётная запись нового сотрудника",
    nameEn: "New employee account",
    defaultPriority: "normal",
    defaultAssignee: "specialist2",
  },
  {
    key: "accounts-access",
    parentKey: "accounts",
    nameRu: "Права доступа",
    nameEn: "Access rights",
    defaultPriority: "normal",
    defaultAssignee: "specialist2",
  },

  // Computers
  { key: "pc", nameRu: "Компьютеры и периферия", nameEn: "PCs and peripherals", defaultPriority: "normal", defaultAssignee: "specialist" },
  {
    key: "pc-boot",
    parentKey: "pc",
    nameRu: "Не включается или не загружается",
    nameEn: "Won't power on or boot",
    defaultPriority: "high",
    defaultAssignee: "specialist",
  },
  {
    key: "pc-peripherals",
    parentKey: "pc",
    nameRu: "Мониторы, клавиатуры, сканеры штрих-кодов",
    nameEn: "Monitors, keyboards, barcode scanners",
    defaultPriority: "normal",
    defaultAssignee: "specialist",
  },

  // Phones
  { key: "phones", nameRu: "Телефония", nameEn: "Phones", defaultPriority: "normal", defaultAssignee: "specialist" },
  {
    key: "phones-ip",
    parentKey: "phones",
    nameRu: "IP-телефоны",
    nameEn: "IP phones",
    defaultPriority: "normal",
    defaultAssignee: "specialist",
  },
  {
    key: "phones-mobile",
    parentKey: "phones",
    nameRu: "Служебные мобильные телефоны",
    nameEn: "Work mobile phones",
    defaultPriority: "low",
    defaultAssignee: "specialist",
  },

  // Access control
  { key: "access", nameRu: "Пропуска и СКУД", nameEn: "Access cards and door control", defaultPriority: "normal" },
  {
    key: "access-cards",
    parentKey: "access",
    nameRu: "Выдача и блокировка пропусков",
    nameEn: "Issuing and blocking cards",
    defaultPriority: "normal",
  },
  { key: "access-doors", parentKey: "access", nameRu: "Двери и турникеты", nameEn: "Doors and turnstiles", defaultPriority: "high" },

  // Software
  { key: "software", nameRu: "Программное обеспечение", nameEn: "Software", defaultPriority: "low", defaultAssignee: "specialist2" },
  {
    key: "software-install",
    parentKey: "software",
    nameRu: "Установка и обновление программ",
    nameEn: "Installing and updating software",
    defaultPriority: "low",
    defaultAssignee: "specialist2",
  },
  {
    key: "software-email",
    parentKey: "software",
    nameRu: "Электронная почта",
    nameEn: "E-mail",
    defaultPriority: "normal",
    defaultAssignee: "specialist2",
  },
];
