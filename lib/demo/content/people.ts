import type { PersonSeed } from "./types";

// The demo logins (password set by the seed script, not here) and the hospital staff who file tickets.
// The head of a department is the person holding the "manager" role in it.
export const demoUsers: PersonSeed[] = [
  {
    email: "requester@demo.local",
    nameRu: "Смирнова Ольга Николаевна",
    nameEn: "Olga Smirnova",
    roles: ["requester"],
    departmentKey: "therapy",
    language: "ru",
    title: "Палатная медицинская сестра",
  },
  {
    email: "requester2@demo.local",
    nameRu: "Кузнецов Дмитрий Андреевич",
    nameEn: "Dmitry Kuznetsov",
    roles: ["requester"],
    departmentKey: "surgery",
    language: "ru",
    title: "Врач-хирург",
  },
  {
    email: "manager@demo.local",
    nameRu: "Волкова Ирина Сергеевна",
    nameEn: "Irina Volkova",
    roles: ["requester", "manager"],
    departmentKey: "therapy",
    language: "ru",
    title: "Заведующая терапевтическим отделением",
  },
  {
    email: "specialist@demo.local",
    nameRu: "Орлов Алексей Викторович",
    nameEn: "Alexey Orlov",
    roles: ["specialist"],
    departmentKey: "it",
    language: "ru",
    title: "Системный администратор",
  },
  {
    email: "specialist2@demo.local",
    nameRu: "Захарова Анна Павловна",
    nameEn: "Anna Zakharova",
    roles: ["specialist"],
    departmentKey: "it",
    language: "ru",
    title: "Инженер-программист (сопровождение МИС)",
  },
  {
    email: "dispatcher@demo.local",
    nameRu: "Белов Сергей Михайлович",
    nameEn: "Sergey Belov",
    roles: ["dispatcher", "specialist"],
    departmentKey: "it",
    language: "ru",
    title: "Начальник отдела информационных технологий",
  },
  {
    email: "editor@demo.local",
    nameRu: "Лебедева Марина Игоревна",
    nameEn: "Marina Lebedeva",
    roles: ["editor", "specialist"],
    departmentKey: "it",
    language: "ru",
    title: "Ведущий инженер, редактор базы знаний",
  },
  {
    email: "analyst@demo.local",
    nameRu: "Соколов Павел Евгеньевич",
    nameEn: "Pavel Sokolov",
    roles: ["analyst"],
    departmentKey: "it",
    language: "ru",
    title: "Аналитик отдела информационных технологий",
  },
  {
    email: "admin@demo.local",
    nameRu: "Никитин Игорь Владимирович",
    nameEn: "Igor Nikitin",
    roles: ["admin"],
    departmentKey: "it",
    language: "ru",
    title: "Администратор информационных систем",
  },
];

export const staff: PersonSeed[] = [
  // Administration
  { email: "v.morozov@hospital.local", nameRu: "Морозов Виктор Иванович", nameEn: "Viktor Morozov", roles: ["requester"], departmentKey: "administration", language: "ru", vip: true, title: "Главный врач" },
  { email: "e.fedorova@hospital.local", nameRu: "Фёдорова Елена Александровна", nameEn: "Elena Fedorova", roles: ["requester"], departmentKey: "administration", language: "ru", vip: true, title: "Заместитель главного врача по медицинской части" },
  { email: "n.pavlova@hospital.local", nameRu: "Павлова Наталья Викторовна", nameEn: "Natalia Pavlova", roles: ["requester"], departmentKey: "administration", language: "ru", title: "Секретарь руководителя" },

  // Therapy
  { email: "a.grigoriev@hospital.local", nameRu: "Григорьев Андрей Олегович", nameEn: "Andrey Grigoriev", roles: ["requester"], departmentKey: "therapy", language: "ru", title: "Врач-терапевт" },
  { email: "t.kovaleva@hospital.local", nameRu: "Ковалёва Татьяна Юрьевна", nameEn: "Tatiana Kovaleva", roles: ["requester"], departmentKey: "therapy", language: "ru", title: "Процедурная медицинская сестра" },
  { email: "l.egorova@hospital.local", nameRu: "Егорова Людмила Петровна", nameEn: "Lyudmila Egorova", roles: ["requester"], departmentKey: "therapy", language: "ru", title: "Старшая медицинская сестра" },

  // Surgery
  { email: "n.stepanov@hospital.local", nameRu: "Степанов Николай Геннадьевич", nameEn: "Nikolay Stepanov", roles: ["requester", "manager"], departmentKey: "surgery", language: "ru", title: "Заведующий хирургическим отделением" },
  { email: "yu.antonova@hospital.local", nameRu: "Антонова Юлия Сергеевна", nameEn: "Yulia Antonova", roles: ["requester"], departmentKey: "surgery", language: "ru", title: "Операционная медицинская сестра" },
  { email: "i.makarov@hospital.local", nameRu: "Макаров Илья Дмитриевич", nameEn: "Ilya Makarov", roles: ["requester"], departmentKey: "surgery", language: "ru", title: "Врач-ординатор" },

  // Cardiology
  { email: "s.romanova@hospital.local", nameRu: "Романова Светлана Викторовна", nameEn: "Svetlana Romanova", roles: ["requester"], departmentKey: "cardiology", language: "ru", title: "Врач-кардиолог" },
  { email: "a.zaitseva@hospital.local", nameRu: "Зайцева Анастасия Олеговна", nameEn: "Anastasia Zaitseva", roles: ["requester"], departmentKey: "cardiology", language: "ru", title: "Медицинская сестра кабинета функциональной диагностики" },
  { email: "j.whitfield@hospital.local", nameRu: "Уитфилд Джеймс", nameEn: "James Whitfield", roles: ["requester"], departmentKey: "cardiology", language: "en", title: "Visiting Consultant Cardiologist" },

  // Anaesthesiology and intensive care
  { email: "m.tikhonov@hospital.local", nameRu: "Тихонов Михаил Андреевич", nameEn: "Mikhail Tikhonov", roles: ["requester"], departmentKey: "icu", language: "ru", title: "Врач анестезиолог-реаниматолог" },
  { email: "k.vorobyova@hospital.local", nameRu: "Воробьёва Ксения Игоревна", nameEn: "Ksenia Vorobyova", roles: ["requester"], departmentKey: "icu", language: "ru", title: "Медицинская сестра-анестезист" },
  { email: "s.oconnell@hospital.local", nameRu: "О'Коннелл Сара", nameEn: "Sarah O'Connell", roles: ["requester"], departmentKey: "icu", language: "en", title: "Visiting Consultant in Intensive Care Medicine" },

  // Radiology
  { email: "o.kiselev@hospital.local", nameRu: "Киселёв Олег Борисович", nameEn: "Oleg Kiselev", roles: ["requester"], departmentKey: "radiology", language: "ru", title: "Врач-рентгенолог" },
  { email: "v.gromova@hospital.local", nameRu: "Громова Валентина Николаевна", nameEn: "Valentina Gromova", roles: ["requester"], departmentKey: "radiology", language: "ru", title: "Рентгенолаборант" },
  { email: "r.mehta@hospital.local", nameRu: "Мехта Радж", nameEn: "Raj Mehta", roles: ["requester"], departmentKey: "radiology", language: "en", title: "Clinical Fellow in Radiology" },

  // Laboratory
  { email: "g.popova@hospital.local", nameRu: "Попова Галина Васильевна", nameEn: "Galina Popova", roles: ["requester", "manager"], departmentKey: "laboratory", language: "ru", title: "Заведующая клинико-диагностической лабораторией" },
  { email: "d.sorokina@hospital.local", nameRu: "Сорокина Дарья Алексеевна", nameEn: "Daria Sorokina", roles: ["requester"], departmentKey: "laboratory", language: "ru", title: "Медицинский лабораторный техник" },
  { email: "e.carter@hospital.local", nameRu: "Картер Эмили", nameEn: "Emily Carter", roles: ["requester"], departmentKey: "laboratory", language: "en", title: "Laboratory Quality Consultant" },

  // Registry
  { email: "o.zhukova@hospital.local", nameRu: "Жукова Оксана Владимировна", nameEn: "Oksana Zhukova", roles: ["requester"], departmentKey: "registry", language: "ru", title: "Старший медицинский регистратор" },
  { email: "e.vasilieva@hospital.local", nameRu: "Васильева Екатерина Андреевна", nameEn: "Ekaterina Vasilieva", roles: ["requester"], departmentKey: "registry", language: "ru", title: "Медицинский регистратор" },
  { email: "a.nikiforova@hospital.local", nameRu: "Никифорова Алла Михайловна", nameEn: "Alla Nikiforova", roles: ["requester"], departmentKey: "registry", language: "ru", title: "Медицинский регистратор" },

  // Accounting
  { email: "l.komarova@hospital.local", nameRu: "Комарова Лариса Геннадьевна", nameEn: "Larisa Komarova", roles: ["requester", "manager"], departmentKey: "accounting", language: "ru", title: "Главный бухгалтер" },
  { email: "i.melnikova@hospital.local", nameRu: "Мельникова Ирина Олеговна", nameEn: "Irina Melnikova", roles: ["requester"], departmentKey: "accounting", language: "ru", title: "Бухгалтер" },
  { email: "a.medvedeva@hospital.local", nameRu: "Медведева Алёна Викторовна", nameEn: "Alena Medvedeva", roles: ["requester"], departmentKey: "accounting", language: "ru", title: "Бухгалтер-расчётчик" },
];

export const people: PersonSeed[] = [...demoUsers, ...staff];
