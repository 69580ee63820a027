import { AppError, type ErrorCode } from "@/lib/errors";
import type { Locale } from "./locale";

// Russian for the messages the guards and the error mapper produce; domain errors carry their own text.
const russian: Record<string, string> = {
  "Sign in or send a valid API token": "Войдите в систему или передайте действующий API-токен",
  "You are not allowed to do this": "У вас нет прав на это действие",
  "Some fields are not valid": "Некоторые поля заполнены неверно",
  "The body must be JSON": "Тело запроса должно быть в формате JSON",
  "Something went wrong on our side; please try again": "На нашей стороне произошла ошибка, попробуйте ещё раз",
  "This action is not available to anyone": "Это действие недоступно никому",
  "Not found": "Не найдено",
  "No such active token": "Такого действующего токена нет",
  "Give the token a name": "Дайте токену название",
  "Ticket not found": "Заявка не найдена",
  "Not a cursor from a previous page": "Это не курсор с предыдущей страницы",
  "No such person": "Такого сотрудника нет",
  "No such category": "Такой категории нет",
  "No such published article": "Такой опубликованной статьи нет",
  "No such line, or it has nobody in it": "Такой линии нет, или в ней никого нет",
  "Not a member of IT staff": "Это не сотрудник ИТ-службы",
  "Choose a specialist or a line to hand the ticket to": "Выберите специалиста или линию, которым передать заявку",
  "This person does not watch the ticket": "Этот человек не наблюдает за заявкой",
  "Only their department head, a dispatcher or an admin can file a ticket for someone else":
    "Подать заявку за другого может только руководитель его отделения, диспетчер или администратор",
  "Tickets are never deleted; cancel it instead while it is open": "Заявки никогда не удаляются; пока заявка открыта, её можно отменить",
  // Field messages of the ticket schemas.
  "Choose incident or request": "Выберите: инцидент или запрос",
  "Write a short subject": "Коротко опишите проблему в теме",
  "Write something": "Напишите текст",
  "Say what you need from the requester": "Напишите, что нужно от заявителя",
  "Describe the solution": "Опишите решение",
  "A rating is 1 to 5": "Оценка — от 1 до 5",
  "Say what is still wrong": "Напишите, что по-прежнему не так",
  "Give a reason": "Укажите причину",
  "At least one minute": "Не меньше минуты",
  "At most a day per entry": "Не больше суток в одной записи",
  "A date like 2026-11-27": "Дата в виде 2026-11-27",
  "Not a valid id": "Неверный идентификатор",
  "Narrow the search instead of paging this deep": "Уточните поиск вместо того, чтобы листать так далеко",
  "The desk's database is not answering; try again in a moment": "База данных службы поддержки не отвечает; попробуйте через минуту",
  // Throttling.
  "Too many failed attempts from your address; try again later": "Слишком много неудачных попыток с вашего адреса; попробуйте позже",
  // Reports.
  "The start must not be after the end": "Начало периода не может быть позже конца",
  "A period is at most two years": "Период — не больше двух лет",
  "Choose low, normal, high or critical": "Выберите: low, normal, high или critical",
  "No such department": "Такого отделения нет",
  "No such line": "Такой линии нет",
  "No such recurring problem": "Такой повторяющейся проблемы нет",
  "Reports show your department's tickets, and you have no department":
    "Отчёты показывают заявки вашего отделения, а вы ни к одному не относитесь",
  "You can see your own department's figures only": "Вам доступны показатели только вашего отделения",
  "Choose category, assignee, department, month or problem": "Выберите: category, assignee, department, month или problem",
  "Choose priority, line, assignee or category": "Выберите: priority, line, assignee или category",
  "Choose assignee, category or month": "Выберите: assignee, category или month",
  "Choose csv or xlsx": "Выберите: csv или xlsx",
  "A whole number": "Целое число",
  "1 to 100": "От 1 до 100",
  // Attachments.
  "Attachment not found": "Файл не найден",
  "The file of this attachment is missing from the store": "Файл этого вложения отсутствует в хранилище",
  "The file is empty": "Файл пустой",
  "The file is larger than 10 MB: attach a smaller one, or a screenshot of the part that matters":
    "Файл больше 10 МБ: приложите файл поменьше или снимок нужной части экрана",
  "Only images (PNG, JPEG, GIF, WebP) and PDF files can be attached": "Можно приложить только изображения (PNG, JPEG, GIF, WebP) и PDF",
  "No such remark on this ticket": "В этой заявке нет такого замечания",
  "Only people involved in the ticket can attach files": "Прикладывать файлы могут только участники заявки",
  // Knowledge base.
  "Article not found": "Статья не найдена",
  "Write a title": "Напишите заголовок",
  "At most 200 characters": "Не больше 200 символов",
  "Write the article": "Напишите текст статьи",
  "At most 20 tags": "Не больше 20 тегов",
  "Choose public or internal": "Выберите: общедоступная или внутренняя",
  "Choose ru or en": "Выберите язык: ru или en",
  "Change at least one field": "Измените хотя бы одно поле",
  "Write a comment": "Напишите комментарий",
  "Not a version of this article": "У этой статьи нет такой версии",
  "Say whether it helped": "Укажите, помогла ли статья",
  // Knowledge capture: from ticket to article.
  "An article can be captured only from a resolved or closed ticket": "Статью можно создать только из решённой или закрытой заявки",
  "This article is already linked to the ticket": "Эта статья уже связана с заявкой",
  "Choose an article": "Выберите статью",
  // Knowledge base: review, owners, translations.
  "Only the owner or a knowledge editor can do this": "Это может сделать только владелец статьи или редактор базы знаний",
  "Choose an active IT staff member": "Выберите действующего сотрудника ИТ-службы",
  "An article cannot translate itself": "Статья не может быть переводом самой себя",
  "A translation is in the other language": "Перевод должен быть на другом языке",
  "No such article": "Такой статьи нет",
  "Give a date, e.g. 2027-06-30": "Укажите дату, например 2027-06-30",
  // Article attachments.
  "Choose a file to attach": "Выберите файл",
  "Send the file as multipart/form-data in the field `file`": "Передайте файл как multipart/form-data в поле `file`",
  // Problems.
  "Problem not found": "Проблема не найдена",
  "Give the problem a short title": "Дайте проблеме короткий заголовок",
  "Describe the workaround": "Опишите обходное решение",
  "No such ticket": "Такой заявки нет",
  "At most 500 tickets": "Не больше 500 заявок",
  "This ticket is not linked to the problem": "Эта заявка не связана с проблемой",
  "This person does not watch the problem": "Этот человек не наблюдает за проблемой",
  "Problems are never deleted; close it once it is resolved": "Проблемы никогда не удаляются; решённую проблему можно закрыть",
};

const statusRu: Record<string, string> = {
  new: "новая",
  "in progress": "в работе",
  waiting: "ждёт ответа заявителя",
  resolved: "решена",
  closed: "закрыта",
  cancelled: "отменена",
};

const whoRu: Record<string, string> = {
  "people involved in the ticket": "участники заявки",
  "the dispatcher": "диспетчер",
  "the assignee": "исполнитель",
  "the assignee or the dispatcher": "исполнитель или диспетчер",
  "the requester": "заявитель",
  "the requester or IT staff": "заявитель или ИТ-служба",
  "IT staff": "ИТ-служба",
  "readers of the article": "читатели статьи",
  "the author or a knowledge editor": "автор или редактор базы знаний",
  "the author": "автор",
  "a knowledge editor": "редактор базы знаний",
  "the problem's owner or the dispatcher": "ответственный за проблему или диспетчер",
  "IT staff and analysts": "ИТ-служба и аналитики",
};

const problemStatusRu: Record<string, string> = {
  open: "открыта",
  "a known error": "— известная ошибка",
  resolved: "решена",
  closed: "закрыта",
};

const articleStageRu: Record<string, string> = {
  "a draft": "— черновик",
  "in review": "на проверке",
  published: "опубликована",
  "published with a draft edit": "опубликована и в ней есть неопубликованная правка",
  "published with an edit in review": "опубликована и её правка на проверке",
  archived: "в архиве",
};

// The state machine's refusals are built from parts; each part has its Russian.
const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/^Only (.+) can do this$/, (m) => (whoRu[m[1]] ? `Это может сделать только ${whoRu[m[1]]}` : null)],
  [/^Not possible while the ticket is (.+)$/, (m) => (statusRu[m[1]] ? `Невозможно, пока заявка ${statusRu[m[1]]}` : null)],
  [/^Not possible while the article is (.+)$/, (m) => (articleStageRu[m[1]] ? `Невозможно, пока статья ${articleStageRu[m[1]]}` : null)],
  [
    /^Not possible while the problem is (.+)$/,
    (m) => (problemStatusRu[m[1]] ? `Невозможно, пока проблема ${problemStatusRu[m[1]]}` : null),
  ],
  [/^Ticket (HD-\d+) is already linked to problem (PRB-\d+)$/, (m) => `Заявка ${m[1]} уже связана с проблемой ${m[2]}`],
  [/^Tickets still open: (.+); resolve or unlink them first$/, (m) => `Ещё открыты заявки: ${m[1]}; сначала решите их или отвяжите`],
  [
    /^Files cannot be added while the ticket is (.+)$/,
    (m) => (statusRu[m[1]] ? `Нельзя добавлять файлы, пока заявка ${statusRu[m[1]]}` : null),
  ],
];

function translate(message: string): string {
  if (russian[message]) return russian[message];
  for (const [pattern, render] of patterns) {
    const match = pattern.exec(message);
    const text = match && render(match);
    if (text) return text;
  }
  return message;
}

const fallbackByCode: Partial<Record<ErrorCode, string>> = { not_found: "Not found" };

export function localizeError(error: AppError, locale: Locale): AppError {
  const message = error.message || fallbackByCode[error.code] || "";
  if (locale !== "ru") return error;
  const fields = error.fields ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, translate(v)])) : undefined;
  return new AppError(error.code, translate(message), fields, error.retryAfter);
}
