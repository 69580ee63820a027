import type { TicketSeed } from "./types";

// Accounts, computers, phones, access cards, software.
export const ticketsAccountsHardwareSoftware: TicketSeed[] = [
  // ---------- Accounts and passwords ----------
  {
    key: "account-locked-password-expired",
    type: "incident",
    categoryKey: "accounts-password",
    lang: "ru",
    subject: "Учетная запись заблокирована, не могу войти в компьютер",
    description:
      "После выходных не пускает в Windows: «Учетная запись пользователя заблокирована и не может быть использована для входа в сеть». Несколько раз вводила пароль, думала, что ошиблась.",
    solution:
      "Учётная запись была заблокирована после пяти неверных попыток ввода: пароль истёк в выходные, а на старом смартфоне осталась настроенная почта со старым паролем, которая продолжала стучаться на сервер. Блокировка снята, пароль сброшен на временный (сообщён по телефону), при входе задан новый. Почта на смартфоне перенастроена, блокировка не повторяется.",
    urgency: "high",
    publicRemarks: [{ from: "staff", body: "Перезвоню на пост через пять минут, продиктую временный пароль." }],
  },
  {
    key: "new-resident-account-and-mis",
    type: "request",
    categoryKey: "accounts-new-employee",
    lang: "ru",
    subject: "Новый ординатор: создать учётную запись и доступ в МИС",
    description:
      "С 1-го числа в хирургическое отделение выходит врач-ординатор Макаров Илья Дмитриевич. Нужны вход в компьютер, почта, доступ в МИС (стационар, назначения, просмотр анализов) и пропуск.",
    solution:
      "Создана доменная учётная запись i.makarov с почтовым ящиком i.makarov@hospital.local, пользователь включён в группы «Хирургия» и «Врачи-ординаторы». В МИС заведён сотрудник с ролью «Врач стационара (ординатор)»: ведение ЭМК, назначения и просмотр результатов исследований, без права подписи выписных документов до оформления ЭЦП. Временный пароль и памятка переданы заведующему отделением. Заявка на пропуск передана в службу безопасности, пропуск выдадут в 101 кабинете.",
    urgency: "normal",
    publicRemarks: [
      {
        from: "staff",
        body: "Для заведения в МИС нужны СНИЛС и номер приказа о приёме — пришлите, пожалуйста, в замечании или через отдел кадров.",
      },
      { from: "requester", body: "Приказ № 214-к от 28.08, СНИЛС передал кадрам, они отправят." },
    ],
  },
  {
    key: "shared-folder-access",
    type: "request",
    categoryKey: "accounts-access",
    lang: "ru",
    subject: "Дать доступ к общей папке отделения",
    description: "Прошу предоставить старшей медсестре Егоровой Л. П. доступ на запись к папке «Терапия\\Графики дежурств» на общем диске.",
    solution:
      "Егорова Л. П. добавлена в группу «Терапия — графики (изменение)», права на запись к папке \\\\FS-01\\Отделения\\Терапия\\Графики дежурств выданы. Изменения групп применяются при следующем входе в систему: нужно выйти из Windows и зайти снова. Доступ к папкам отделения согласует заведующий — заявку оставляет он или с его подтверждением в замечаниях.",
    urgency: "low",
    publicRemarks: [],
  },
  {
    key: "employee-leaving-disable-account",
    type: "request",
    categoryKey: "accounts-access",
    lang: "ru",
    subject: "Отключить учётную запись уволенного сотрудника",
    description:
      "Медицинский регистратор уволилась 15-го. Нужно отключить её доступы и заблокировать пропуск. Почту просим переадресовать старшему регистратору.",
    solution:
      "Учётная запись отключена в домене и перемещена в подразделение «Уволенные», доступ в МИС закрыт (сотрудник переведён в статус «Уволен» с датой), пропуск заблокирован в СКУД. На почтовый ящик настроена переадресация на старшего регистратора на 30 дней, после чего ящик будет архивирован. Личные файлы с рабочего стола сохранены в папку отдела.",
    urgency: "normal",
    publicRemarks: [],
    shareable: false,
  },
  {
    key: "forgot-email-password",
    type: "incident",
    categoryKey: "accounts-password",
    lang: "ru",
    subject: "Забыла пароль от почты",
    description: "Не могу зайти в почту через браузер, пароль не подходит. В компьютер захожу нормально.",
    solution:
      "Почта использует тот же пароль, что и вход в компьютер; в браузере была сохранена старая версия пароля, которую браузер подставлял автоматически. Сохранённый пароль удалён из браузера, вход в веб-почту выполнен с актуальным паролем. Отдельного пароля для почты у сотрудников больницы нет.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "en-visiting-consultant-account",
    type: "request",
    categoryKey: "accounts-new-employee",
    lang: "en",
    subject: "Account and MIS access for a visiting consultant",
    description:
      "I start a three-month visiting consultancy in intensive care next week. I need a computer login, e-mail and read access to patient records in the MIS. I don't read Russian well.",
    solution:
      "We created the account s.oconnell with mailbox s.oconnell@hospital.local, valid until the end of the consultancy, and added it to the ICU group. In the MIS you have the role 'Consultant (read only)': patient records, lab results and imaging reports, without signing rights. The MIS interface is in Russian only, so we set up a short English guide to its main screens and enabled browser translation for the web version. The access card will be issued by security in room 101.",
    urgency: "normal",
    publicRemarks: [
      { from: "staff", body: "Your temporary password will be handed over in person with the access card. Please bring your passport." },
      { from: "requester", body: "Thank you. I can come on Monday at 9." },
    ],
  },
  {
    key: "surname-change-account",
    type: "request",
    categoryKey: "accounts",
    lang: "ru",
    subject: "Смена фамилии: изменить ФИО в учётной записи и МИС",
    description: "В связи с замужеством сменила фамилию (была Белова, теперь Зайцева). Прошу изменить ФИО в почте, компьютере и МИС.",
    solution:
      "ФИО и отображаемое имя изменены в домене, почтовый адрес a.zaitseva@hospital.local создан основным, старый оставлен дополнительным — письма на него продолжают приходить. В МИС изменены ФИО сотрудника по приказу отдела кадров; в ранее подписанных документах сохраняется прежняя фамилия, это нормально. Сертификат ЭЦП оформлен на прежнюю фамилию и подлежит перевыпуску — подана заявка в удостоверяющий центр.",
    urgency: "low",
    publicRemarks: [],
    shareable: false,
  },

  // ---------- Computers and peripherals ----------
  {
    key: "pc-no-boot-after-power-outage",
    type: "incident",
    categoryKey: "pc-boot",
    lang: "ru",
    subject: "Компьютер не включается после отключения электричества",
    description: "Ночью в корпусе отключали свет. Утром компьютер на посту реанимации не включается совсем: не гудит, лампочки не горят.",
    solution:
      "При скачке напряжения во время включения подачи сгорел блок питания системного блока. Блок питания заменён (450 Вт из резерва), компьютер загрузился, данные не пострадали. Рабочее место подключено через источник бесперебойного питания: на посту реанимации это обязательно. Если после отключения электричества ПК не стартует, проверьте, горит ли индикатор на ИБП и включён ли сетевой фильтр.",
    urgency: "high",
    publicRemarks: [{ from: "staff", body: "Принесу подменный системный блок, чтобы пост не стоял, пока ремонтирую ваш." }],
    internalNotes: [
      "После отключения 12 числа аналогичная проблема была ещё на двух ПК 1 корпуса — проверить, все ли рабочие места в ОАР на ИБП.",
    ],
  },
  {
    key: "monitor-flickers",
    type: "incident",
    categoryKey: "pc-peripherals",
    lang: "ru",
    subject: "Мерцает монитор",
    description:
      "Монитор в процедурном кабинете периодически мигает и гаснет на секунду, иногда по экрану идут полосы. Если пошевелить кабель — проходит.",
    solution:
      "Разболтался и окислился VGA-кабель, плюс разъём на мониторе держался на одном винте. Монитор подключён к видеокарте новым кабелем DisplayPort (аналоговый VGA больше не используем), в настройках выставлено родное разрешение 1920×1080 и частота 60 Гц. Мерцание пропало. Если монитор мигает при неподвижном кабеле, значит, выходит из строя подсветка, и монитор нужно менять.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "pc-very-slow-hdd",
    type: "incident",
    categoryKey: "pc",
    lang: "ru",
    subject: "Компьютер очень медленно работает, включается по 10 минут",
    description: "Компьютер в кабинете заведующей грузится минут десять, программы открываются долго, иногда всё зависает и щёлкает.",
    solution:
      "Диагностика SMART показала деградацию жёсткого диска: сотни переназначенных секторов, отсюда щелчки и зависания. Жёсткий диск заменён на SSD 480 ГБ, система и профиль пользователя перенесены, документы проверены. Загрузка занимает около 30 секунд. Старый диск уничтожен по акту, так как на нём могли храниться персональные данные.",
    urgency: "normal",
    publicRemarks: [{ from: "requester", body: "Компьютер как новый, спасибо!" }],
    rejectComplaint: "После чистки автозагрузки лучше не стало, и опять щёлкает.",
  },
  {
    key: "barcode-scanner-wristbands",
    type: "incident",
    categoryKey: "pc-peripherals",
    lang: "ru",
    subject: "Сканер штрихкодов не считывает браслеты пациентов",
    description: "Ручной сканер на посту хирургии пищит при считывании браслета, но в МИС ничего не появляется. Вчера работал.",
    solution:
      "Сканер сбросился к заводским настройкам и перестал добавлять суффикс Enter после кода, а МИС ждёт именно его, чтобы найти пациента. Сканер перепрограммирован служебными штрихкодами из руководства: режим эмуляции USB-клавиатуры, суффикс CR. Браслеты считываются, пациент открывается сразу. Лист с настроечными штрихкодами оставлен у старшей медсестры.",
    urgency: "high",
    publicRemarks: [],
  },
  {
    key: "pc-blue-screen-memory",
    type: "incident",
    categoryKey: "pc-boot",
    lang: "ru",
    subject: "Синий экран при загрузке компьютера",
    description: "Компьютер в регистратуре несколько раз за день показывает синий экран с ошибкой MEMORY_MANAGEMENT и перезагружается.",
    solution:
      "Тест оперативной памяти (Windows Memory Diagnostic, затем MemTest86) выявил ошибки в одном из двух модулей. Неисправный модуль DDR4 8 ГБ заменён, повторный тест прошёл без ошибок, за два дня синих экранов не было. Ошибка MEMORY_MANAGEMENT почти всегда указывает на память или её драйверы, поэтому начинать диагностику стоит с теста ОЗУ.",
    urgency: "high",
    publicRemarks: [],
  },
  {
    key: "radiology-second-monitor",
    type: "request",
    categoryKey: "pc-peripherals",
    lang: "ru",
    subject: "Второй монитор на рабочее место рентгенолога",
    description: "Прошу установить второй монитор на АРМ врача-рентгенолога в кабинете 118: на одном снимки, на другом МИС с протоколом.",
    solution:
      "Установлен второй монитор 27 дюймов с разрешением 2560×1440, подключён к свободному выходу видеокарты; в Windows включён режим «Расширить рабочий стол», основным оставлен диагностический монитор. DICOM-просмотрщик открывается на диагностическом мониторе, МИС — на втором. Напоминаем: описание снимков выполняется только на диагностическом мониторе, прошедшем калибровку.",
    urgency: "low",
    publicRemarks: [],
  },
  {
    key: "pc-random-reboots-overheating",
    type: "incident",
    categoryKey: "pc",
    lang: "ru",
    subject: "Компьютер сам выключается во время работы",
    description: "Компьютер в кабинете УЗИ выключается сам, чаще во второй половине дня. Системный блок сильно шумит.",
    solution:
      "Радиатор процессора полностью забит пылью, температура под нагрузкой доходила до 98 °C, и срабатывала защита от перегрева. Системный блок очищен, заменена термопаста, кулер смазан; температура под нагрузкой — 62 °C. Системный блок стоял вплотную к батарее — переставлен. Плановую чистку компьютеров в кабинетах проводим раз в год, этот был пропущен.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "usb-flash-drive-blocked",
    type: "incident",
    categoryKey: "pc",
    lang: "ru",
    subject: "Компьютер не видит флешку пациента с результатами обследования",
    description:
      "Пациент принёс флешку с заключением МРТ из частного центра. При подключении появляется сообщение «Доступ запрещён», файлы не открыть.",
    solution:
      "Подключение съёмных USB-накопителей к компьютерам больницы запрещено политикой безопасности: так защищаемся от вирусов-шифровальщиков, это не неисправность. Файлы с флешки пациента скопированы на проверочной станции в 105 кабинете после антивирусной проверки и прикреплены к ЭМК пациента. Если внешние носители приносят регулярно, используйте станцию проверки носителей в регистратуре: она проверяет флешку и выкладывает файлы в папку отделения.",
    urgency: "normal",
    publicRemarks: [{ from: "requester", body: "Понятно, будем пользоваться станцией в регистратуре." }],
  },
  {
    key: "telemedicine-no-sound",
    type: "incident",
    categoryKey: "pc-peripherals",
    lang: "ru",
    subject: "Нет звука на телемедицинской консультации",
    description: "Через 20 минут консультация с федеральным центром, а собеседника не слышно и нас не слышат. Гарнитура подключена.",
    solution:
      "После подключения USB-гарнитуры Windows оставил устройствами по умолчанию встроенные динамики монитора и отсутствующий микрофон. В параметрах звука гарнитура выбрана устройством вывода и ввода, в программе видеосвязи тоже выбрана гарнитура, выполнен тестовый звонок. Перед консультацией удобно проверять звук кнопкой «Проверка звука» в настройках программы.",
    urgency: "high",
    publicRemarks: [
      { from: "staff", body: "Иду к вам." },
      { from: "requester", body: "Всё успели, консультация прошла. Спасибо за быструю помощь!" },
    ],
  },
  {
    key: "en-laptop-not-charging",
    type: "incident",
    categoryKey: "pc-boot",
    lang: "en",
    subject: "Laptop won't charge or turn on",
    description: "The department laptop I use for ward rounds shows no charging light when plugged in and now will not turn on at all.",
    solution:
      "The power adapter had failed: the cable was broken next to the plug, probably from being rolled up tightly around the brick. We replaced the adapter with a spare of the same model (65 W, USB-C) and the laptop charged and started normally; the battery health is 87%. Please keep the cable loosely coiled and do not leave the laptop charging on the bed or under blankets.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "en-russian-keyboard-layout",
    type: "request",
    categoryKey: "pc-peripherals",
    lang: "en",
    subject: "Russian keyboard layout and Cyrillic key stickers",
    description:
      "My keyboard has only Latin letters on it. Could you add the Russian layout and, if possible, Cyrillic labels? I need to type patient names in the MIS.",
    solution:
      "We added the Russian layout next to English (switch with Alt+Shift or Win+Space) and replaced the keyboard with a bilingual one that has Cyrillic letters printed on the keys. The layout indicator is shown in the taskbar. Patient search in the MIS also accepts the first letters of the surname, which saves typing.",
    urgency: "low",
    publicRemarks: [{ from: "requester", body: "Perfect, thank you very much." }],
  },

  // ---------- Phones ----------
  {
    key: "ip-phone-no-dial-tone",
    type: "incident",
    categoryKey: "phones-ip",
    lang: "ru",
    subject: "IP-телефон: нет гудка, на экране «Нет регистрации»",
    description:
      "На посту кардиологии телефон Yealink не работает: нет гудка, на экране «No Service». Вчера вечером перезагружали что-то в серверной.",
    solution:
      "После вечерней перезагрузки коммутатора телефон получил адрес не из голосового VLAN и не смог зарегистрироваться на АТС. Телефон перезагружен по питанию (отключён и снова подключён сетевой кабель), получил правильные настройки и зарегистрировался, гудок есть. Аналогичные телефоны на этаже проверены удалённо, все в сети. Если на экране «No Service», в первую очередь переподключите кабель к телефону и подождите две минуты.",
    urgency: "high",
    publicRemarks: [],
    internalNotes: ["Опция DHCP 132 (голосовой VLAN) на SW-4-1 пропала после сохранения конфигурации — восстановлена и сохранена."],
  },
  {
    key: "move-internal-number",
    type: "request",
    categoryKey: "phones-ip",
    lang: "ru",
    subject: "Перенести внутренний номер в новый кабинет",
    description: "Кабинет главной медсестры переезжает из 302 в 310. Нужно, чтобы номер 2305 остался прежним.",
    solution:
      "IP-телефон перенесён в кабинет 310 и подключён к активной сетевой розетке; номер привязан к аппарату, а не к розетке, поэтому внутренний номер 2305 сохранился без перенастройки АТС. В телефонном справочнике больницы обновлён номер кабинета. Для IP-телефонов достаточно переставить аппарат в любую рабочую розетку — заранее уточните у ИТ, активна ли она.",
    urgency: "low",
    publicRemarks: [],
  },
  {
    key: "duty-doctor-forwarding",
    type: "incident",
    categoryKey: "phones-ip",
    lang: "ru",
    subject: "Не работает переадресация дежурного врача на мобильный",
    description: "Ночью звонки на номер дежурного хирурга 2400 не переадресовывались на дежурный мобильный, скорая не могла дозвониться.",
    solution:
      "На номере 2400 была включена переадресация «при занятости», а не «безусловная», и при сброшенном аппарате звонок уходил в голосовую почту. На АТС настроена безусловная переадресация в нерабочее время (с 16:00 до 8:00 и в выходные) на дежурный мобильный, проверено звонком с городского номера. Время работы переадресации теперь задаётся расписанием на АТС и не зависит от того, включил ли её кто-то вручную.",
    urgency: "high",
    publicRemarks: [],
    internalNotes: [
      "Эскалировано начальником отдела как инцидент, влияющий на приём экстренных пациентов. Разбор у заместителя главного врача.",
    ],
  },
  {
    key: "work-phone-no-mail",
    type: "incident",
    categoryKey: "phones-mobile",
    lang: "ru",
    subject: "На служебный смартфон перестала приходить почта",
    description: "На рабочем телефоне почта не обновляется третий день. На компьютере письма приходят.",
    solution:
      "После смены пароля учётной записи почтовое приложение на смартфоне продолжало использовать старый пароль и не могло синхронизироваться. В настройках учётной записи Exchange на телефоне введён новый пароль, синхронизация восстановлена, письма за три дня загрузились. После каждой смены пароля обновляйте его в почте на телефоне, иначе учётная запись может заблокироваться.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "ip-phone-echo-bad-sound",
    type: "incident",
    categoryKey: "phones-ip",
    lang: "ru",
    subject: "Плохо слышно по телефону, эхо и обрывы слов",
    description: "В регистратуре при разговоре по внутреннему и городскому телефону слова пропадают, собеседник слышит эхо. Особенно днём.",
    solution:
      "Компьютер регистратора подключён через телефонный аппарат, а порт коммутатора был настроен без голосового VLAN и приоритизации: во время загрузки снимков и обновлений голос терял пакеты. На порт возвращена типовая настройка (голосовой VLAN с приоритетом QoS), трубка с перетёртым витым шнуром заменена. Качество связи проверено звонками на внутренний и городской номера.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "en-outside-call-prefix",
    type: "request",
    categoryKey: "phones-ip",
    lang: "en",
    subject: "How do I call a mobile number from my desk phone?",
    description: "I cannot call a Russian mobile number from the IP phone in my office. Internal numbers work.",
    solution:
      "To reach an outside line, dial 9 first, then the full number starting with 8, for example 9 8 912 345 67 89. Calls to mobile numbers are enabled for your extension 3117; international calls are not available from desk phones. The phone book button on the phone also contains the hospital's internal directory.",
    urgency: "low",
    publicRemarks: [],
  },

  // ---------- Access cards and doors ----------
  {
    key: "access-card-icu-door",
    type: "incident",
    categoryKey: "access-doors",
    lang: "ru",
    subject: "Пропуск не открывает дверь в реанимацию",
    description:
      "Перевели из хирургии в ОАР, но мой пропуск не открывает входную дверь отделения реанимации: считыватель мигает красным. Приходится звонить на пост.",
    solution:
      "При переводе в СКУД сотруднику не изменили уровень доступа: у пропуска оставалась группа «Хирургия». Добавлена группа доступа «ОАР — персонал» (двери отделения, шлюз, склад медикаментов), изменения выгружены на контроллеры, считыватель открывает дверь. Уровни доступа меняются по приказу о переводе — отдел кадров передаёт его в службу безопасности, но при срочном переводе лучше сразу оставить заявку.",
    urgency: "high",
    publicRemarks: [],
  },
  {
    key: "lost-access-card",
    type: "request",
    categoryKey: "access-cards",
    lang: "ru",
    subject: "Потерял пропуск",
    description: "Потерял пропуск, вероятно, в транспорте. Что делать и как получить новый?",
    solution:
      "Утерянный пропуск заблокирован в СКУД сразу после звонка, поэтому посторонний им не воспользуется. Новый пропуск выпущен с теми же уровнями доступа и выдан в 101 кабинете под подпись; стоимость восстановления удерживается по приказу главного врача, если утеря не первая за год. Если старый пропуск найдётся, сдайте его в 101 кабинет — он не будет работать.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "new-employee-access-card",
    type: "request",
    categoryKey: "access-cards",
    lang: "ru",
    subject: "Оформить пропуск новому сотруднику лаборатории",
    description: "С понедельника выходит новый лаборант. Нужен пропуск в лабораторию и на служебный вход.",
    solution:
      "Пропуск выпущен по приказу о приёме: доступ на служебный вход, в помещения КДЛ и в раздевалку персонала 1 этажа. Пропуск сотрудник получает в 101 кабинете: при себе нужен паспорт, фотографируют на месте. Срок изготовления — один рабочий день, поэтому заявку лучше подавать за 2–3 дня до выхода.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "turnstile-reader-offline",
    type: "incident",
    categoryKey: "access-doors",
    lang: "ru",
    subject: "Турникет на служебном входе не реагирует на пропуска",
    description: "С 7:40 турникет на служебном входе не считывает ни один пропуск, охрана пропускает всех вручную, образовалась очередь.",
    solution:
      "Контроллер турникета потерял связь с сервером СКУД после отключения коммутатора в щитовой 1 этажа и перешёл в автономный режим с устаревшей базой карт. Коммутатор включён, контроллер перезагружен и синхронизирован с сервером, турникет работает штатно. Контроллер и коммутатор подключены к ИБП, добавлено оповещение о потере связи с контроллером.",
    urgency: "high",
    publicRemarks: [],
  },
  {
    key: "access-card-cracked",
    type: "request",
    categoryKey: "access-cards",
    lang: "ru",
    subject: "Пропуск треснул и срабатывает через раз",
    description: "Карта пропуска треснула посередине, считыватели срабатывают только если долго прижимать.",
    solution:
      "В карте повреждена антенна, поэтому считыватель видит её через раз. Выпущен новый пропуск с тем же номером сотрудника и уровнями доступа, старая карта заблокирована и изъята. Чтобы пропуск служил дольше, носите его в жёстком держателе, а не в кармане вместе с ключами.",
    urgency: "low",
    publicRemarks: [],
  },

  // ---------- Software ----------
  {
    key: "install-dicom-viewer",
    type: "request",
    categoryKey: "software-install",
    lang: "ru",
    subject: "Установить программу для просмотра снимков КТ (DICOM)",
    description:
      "В ординаторской хирургии нужно смотреть КТ пациентов с диска из других больниц и из нашего PACS. Прошу установить DICOM-просмотрщик.",
    solution:
      "На оба компьютера ординаторской установлен DICOM-просмотрщик RadiAnt с лицензией учреждения, файлы .dcm и папки DICOMDIR открываются в нём по двойному щелчку. В настройках добавлен узел PACS больницы, так что исследования наших пациентов можно найти по фамилии или номеру исследования. Диски из сторонних учреждений перед открытием автоматически проверяются антивирусом.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "accounting-1c-update",
    type: "request",
    categoryKey: "software-install",
    lang: "ru",
    subject: "Обновить 1С: Зарплата и кадры до новой версии",
    description: "Вышел релиз с новыми формами отчётности в СФР, нужно обновить конфигурацию до конца недели.",
    solution:
      "Перед обновлением сделана резервная копия информационной базы. Конфигурация обновлена до актуального релиза через промежуточные версии, выполнена обработка обновления данных, тестирование и исправление ошибок информационной базы прошло без замечаний. Новые формы отчётности в СФР доступны. Обновление выполнено вечером, чтобы не мешать расчёту зарплаты.",
    urgency: "normal",
    publicRemarks: [{ from: "requester", body: "Отчёт сформировался, всё корректно." }],
  },
  {
    key: "mailbox-full",
    type: "incident",
    categoryKey: "software-email",
    lang: "ru",
    subject: "Не приходят письма, коллеги получают отказ «ящик переполнен»",
    description: "Мне не приходит почта, а у отправителей возвращается сообщение, что почтовый ящик переполнен.",
    solution:
      "Почтовый ящик заполнен до лимита 2 ГБ, в основном письмами со вложениями (сканы, выгрузки). Вместе с пользователем очищены «Удалённые» и «Отправленные», крупные вложения сохранены в личную сетевую папку, письма старше года перенесены в архив. Занято 40 %, почта приходит. Размер ящика видно в Outlook: «Файл → Сведения → Средства очистки».",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "outlook-keeps-asking-password",
    type: "incident",
    categoryKey: "software-email",
    lang: "ru",
    subject: "Outlook постоянно просит ввести пароль",
    description: "После смены пароля Outlook каждые несколько минут открывает окно ввода пароля, даже если ввожу правильный.",
    solution:
      "В диспетчере учётных данных Windows оставался сохранённый старый пароль к почтовому серверу, и Outlook пробовал его в первую очередь. Запись удалена (Панель управления → Диспетчер учётных данных → Учётные данные Windows), Outlook перезапущен, пароль введён один раз с отметкой «Запомнить». Запросы больше не появляются.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "cryptopro-procurement-portal",
    type: "request",
    categoryKey: "software-install",
    lang: "ru",
    subject: "Установить КриптоПро и плагин для работы на портале закупок",
    description: "Главному бухгалтеру нужно подписывать контракты в ЕИС, на новом компьютере не настроена подпись.",
    solution:
      "Установлены КриптоПро CSP с лицензией учреждения, драйверы Рутокен, КриптоПро ЭЦП Browser plug-in и корневые сертификаты Минцифры и УЦ ФНС. Сертификат главного бухгалтера установлен с ключевого носителя, машиночитаемая доверенность загружена. Проверка на странице плагина КриптоПро прошла успешно, тестовое подписание в ЕИС выполнено.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "antivirus-blocks-ecg-software",
    type: "incident",
    categoryKey: "software-install",
    lang: "ru",
    subject: "Антивирус удаляет программу электрокардиографа",
    description:
      "После обновления антивируса программа для снятия ЭКГ не запускается, а в уведомлениях пишет, что объект помещён в карантин.",
    solution:
      "Kaspersky Endpoint Security после обновления баз ошибочно посчитал исполняемый файл программы электрокардиографа подозрительным и поместил его в карантин. Файл восстановлен из карантина, папка программы добавлена в доверенную зону политики антивируса для всех компьютеров кабинета функциональной диагностики, ложное срабатывание отправлено в лабораторию Касперского. Программа запускается, ЭКГ снимаются.",
    urgency: "high",
    publicRemarks: [],
  },
  {
    key: "windows-update-reboot-during-appointment",
    type: "incident",
    categoryKey: "software",
    lang: "ru",
    subject: "Компьютер перезагружается для обновлений во время приёма",
    description: "Посреди приёма Windows сама перезагрузилась для установки обновлений, несохранённый осмотр пропал.",
    solution:
      "На компьютере не применилась групповая политика обновлений, и Windows использовала настройки по умолчанию. Компьютер возвращён в нужное подразделение домена: обновления устанавливаются ночью, автоматическая перезагрузка при вошедшем пользователе запрещена, активные часы — с 7:00 до 20:00. Осмотр восстановлен из черновика МИС. Выключать компьютер после смены не нужно: оставляйте его включённым, чтобы обновления устанавливались ночью.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "en-teleconference-software",
    type: "request",
    categoryKey: "software-install",
    lang: "en",
    subject: "Please install Zoom for case conferences",
    description: "I need to join weekly case conferences with colleagues abroad. Could you install Zoom on the cardiology workstation?",
    solution:
      "Zoom is not on the approved software list for hospital workstations, so we installed the approved video conferencing client TrueConf and tested the camera and headset. For meetings hosted by external organisations on Zoom, join from the browser version (zoom.us/join), which works without installation; we checked that it passes the proxy. The cardiology meeting room has a webcam and speakerphone for group calls.",
    urgency: "low",
    publicRemarks: [{ from: "requester", body: "The browser version works fine, thanks." }],
  },
  {
    key: "en-excel-read-only",
    type: "incident",
    categoryKey: "software",
    lang: "en",
    subject: "Excel file on the shared drive opens read-only",
    description:
      "The lab quality spreadsheet on the shared drive always opens as read-only, saying it is locked for editing by another user who is not at work today.",
    solution:
      "The file was still locked by a session that had not closed properly on a colleague's computer after a power cut, leaving a hidden lock file (~$ prefix) in the folder. We closed the open file session on the file server and removed the stale lock file; the spreadsheet now opens for editing. For files several people edit, we moved it to the shared workbook library, which supports co-authoring.",
    urgency: "normal",
    publicRemarks: [],
  },
  {
    key: "pdf-not-opening",
    type: "incident",
    categoryKey: "software-install",
    lang: "ru",
    subject: "Не открываются PDF-файлы",
    description: "При открытии PDF из почты ничего не происходит или предлагает выбрать программу. Раньше открывались.",
    solution:
      "После обновления Windows сбросилась программа по умолчанию для PDF. Установлена программа просмотра PDF из перечня разрешённого ПО и назначена приложением по умолчанию для файлов .pdf (Параметры → Приложения → Приложения по умолчанию). PDF-файлы открываются двойным щелчком из почты и из папок.",
    urgency: "low",
    publicRemarks: [],
  },
];
