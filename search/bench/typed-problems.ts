import type { Random } from "./random";

export type TypedProblem = { subject: string; description: string };

/**
 * Problems as people type them into the new-ticket form: the same troubles as the demo's ticket templates, in
 * other words (colloquial, shorter, with the odd slip), so that no suggestion is an exact match of what was
 * indexed. Russian and English, in about the proportion of the corpus.
 */
export const typedProblems: TypedProblem[] = [
  { subject: "принтер жуёт листы", description: "в регистратуре печать встаёт, лист мнётся внутри, приходится вытаскивать руками" },
  { subject: "полосы на распечатках", description: "мфу в коридоре печатает с грязными серыми линиями по всей странице" },
  { subject: "сканы не доходят до почты", description: "нажимаю отправить скан на e-mail, а письмо так и не приходит" },
  { subject: "кончилась краска в принтере", description: "печатает бледно, нужен новый тонер в кабинет УЗИ" },
  { subject: "печать зависла", description: "отправляю документ, он стоит в очереди и ничего не выходит" },
  { subject: "медкарта открывается очень долго", description: "мис подвисает минуты на две, когда открываю карту пациента" },
  { subject: "не видно результатов лаборатории", description: "анализы сданы утром, а в мис их до сих пор нет" },
  { subject: "подпись не работает", description: "рецепты не подписываются, пишет что сертификат недействителен" },
  { subject: "не пускает в мис", description: "пишет неверный логин или пароль, хотя ввожу правильно" },
  { subject: "нет записи к кардиологу на май", description: "пациенты жалуются что расписание на следующий месяц пустое" },
  { subject: "вай фай в палате отваливается", description: "на третьем этаже планшет постоянно теряет сеть" },
  { subject: "интернет не работает в операционной", description: "после ремонта компьютер пишет нет подключения" },
  { subject: "заблокировали учётку", description: "несколько раз ошиблась паролем и теперь не могу войти в windows" },
  { subject: "нужен доступ к папке отделения", description: "новому сотруднику надо открыть общую сетевую папку" },
  { subject: "не помню пароль от почты", description: "outlook просит пароль, а я его забыла" },
  { subject: "комп не запускается после отключения света", description: "нажимаю кнопку, ничего не происходит, вентилятор молчит" },
  { subject: "экран моргает", description: "монитор мигает и иногда гаснет на секунду" },
  { subject: "компьютер сильно тормозит", description: "загрузка длится минут десять, программы открываются еле-еле" },
  { subject: "сканер не читает браслет", description: "пищит, но штрихкод с браслета пациента в программу не попадает" },
  { subject: "синий экран", description: "при включении вылетает ошибка на синем фоне и перезагрузка" },
  { subject: "телефон без гудка", description: "на аппарате надпись нет регистрации, позвонить нельзя" },
  { subject: "почта на телефоне не обновляется", description: "на рабочем смартфоне перестали приходить новые письма" },
  { subject: "карточка не открывает дверь", description: "пропуск перестал срабатывать на входе в реанимацию" },
  { subject: "потеряла пропуск", description: "где-то выронила карту доступа, нужна новая" },
  { subject: "ящик переполнен", description: "коллеги пишут что их письма ко мне возвращаются с ошибкой" },
  { subject: "аутлук всё время спрашивает пароль", description: "окно ввода пароля выскакивает каждые пять минут" },
  { subject: "антивирус удалил программу экг", description: "после проверки пропала программа кардиографа" },
  { subject: "pdf не открывается", description: "при открытии файла пдф ничего не происходит" },
  { subject: "printer keeps jamming", description: "paper gets stuck inside every few pages at the front desk" },
  { subject: "can't log into the medical records system", description: "it says my username or password is wrong" },
  { subject: "wifi drops on the ward", description: "my tablet loses the network every few minutes on floor 3" },
  { subject: "locked out of my account", description: "I typed the wrong password a few times and now Windows won't let me in" },
  { subject: "need access to the department share", description: "a new colleague needs the shared folder opened" },
  { subject: "forgot my email password", description: "Outlook asks for a password I do not remember" },
  { subject: "screen flickering", description: "the monitor blinks and goes dark for a second now and then" },
  { subject: "pc is very slow", description: "it takes ten minutes to start and every program crawls" },
  { subject: "desk phone has no dial tone", description: "the display says not registered and I cannot call out" },
  { subject: "lost my badge", description: "I dropped my access card somewhere and need a replacement" },
  { subject: "outlook keeps prompting for credentials", description: "the sign-in window pops up again and again" },
  { subject: "lab results missing", description: "the blood tests were done this morning but nothing shows in the MIS" },
  { subject: "laptop does not charge", description: "the battery stays at zero with the charger plugged in" },
  { subject: "spreadsheet on the shared drive is read only", description: "I cannot save changes to the Excel file" },
];

/**
 * The successive requests a person's typing makes through the form's debounce: the subject grows a burst of a
 * few keys at a time (a request fires whenever they pause), from the form's minimum of 3 characters; then the
 * description grows the same way with the subject sent beside it, as SuggestionsPanel's `suggestUrl` does.
 */
export function* typedRequests(problem: TypedProblem, random: Random): Generator<{ q: string; description?: string }> {
  for (let end = 3; ; end += 2 + random.int(6)) {
    yield { q: problem.subject.slice(0, end) };
    if (end >= problem.subject.length) break;
  }
  for (let end = 4 + random.int(6); ; end += 3 + random.int(8)) {
    yield { q: problem.subject, description: problem.description.slice(0, end) };
    if (end >= problem.description.length) break;
  }
}
