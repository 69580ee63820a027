import type { ArticleSeed } from "./types";

// Internal articles for IT staff, and the English articles (two translate Russian ones).
export const articlesInternalAndEnglish: ArticleSeed[] = [
  {
    key: "kb-int-print-server-restart",
    categoryKey: "printers",
    lang: "ru",
    title: "Перезапуск диспетчера печати на принт-сервере PRN-01",
    tags: ["принт-сервер", "Spooler", "очередь печати", "PRN-01", "для ИТ"],
    visibility: "internal",
    status: "published",
    body: `## Когда применять

Симптомы: задания в очереди висят со статусом «Ошибка» или «Удаление», печать не идёт сразу с нескольких компьютеров на один или несколько принтеров, при этом сами аппараты исправны и доступны по сети (веб-интерфейс открывается). Чаще всего причина — задание, на котором завис диспетчер печати: огромный PDF, повреждённый файл, задание с компьютера, выключенного во время отправки.

## Порядок действий

1. Подключитесь к PRN-01 по RDP под своей административной учётной записью.
2. Откройте «Управление печатью» и найдите очередь проблемного принтера. Попробуйте удалить верхнее задание штатно. Если удалилось и очередь пошла — дальше ничего делать не нужно.
3. Если задание не удаляется, откройте PowerShell от имени администратора и остановите службу: **Stop-Service Spooler -Force**.
4. Удалите файлы зависших заданий из папки C:\\Windows\\System32\\spool\\PRINTERS. Будут удалены **все** задания в очередях сервера — предупредите отделения, что им нужно отправить документы повторно.
5. Запустите службу: **Start-Service Spooler**. Проверьте, что состояние службы — «Выполняется».
6. Напечатайте пробную страницу на проблемный принтер и проверьте пару очередей других отделений.

> **Важно.** Не перезагружайте весь сервер в рабочее время без необходимости: на PRN-01 около 90 очередей, перезагрузка занимает 5–7 минут, и на это время печать останавливается во всей больнице, включая регистратуру и приёмное отделение.

## После восстановления

- Укажите в решении заявки, какое задание вызвало сбой (имя файла, размер, с какого компьютера), — это помогает находить повторяющиеся причины.
- Если сбой повторяется с одного и того же принтера, обновите драйвер очереди на универсальный PCL 6 от производителя.
- Если служба падает чаще раза в неделю, проверьте свободное место на диске C: и журнал событий PrintService/Admin.`,
  },
  {
    key: "kb-int-mis-server-checks",
    categoryKey: "mis",
    lang: "ru",
    title: "МИС: проверка серверов при массовых жалобах на работу",
    tags: ["МИС", "сервер", "мониторинг", "база данных", "производительность", "для ИТ"],
    visibility: "internal",
    status: "published",
    body: `## Когда применять

Поступило несколько заявок из разных отделений: МИС медленно работает, не открывается или выдаёт ошибки подключения. Одна жалоба из одного кабинета — сначала проверяем рабочее место; три и более из разных отделений — идём по этому порядку.

## Порядок проверки

1. **Объявите инцидент.** Возьмите первую заявку в работу, остальные свяжите с ней; диспетчер сообщает заведующим, что о проблеме известно. Так мы не получим ещё двадцать одинаковых звонков.
2. **Мониторинг.** Откройте панель «МИС» в Zabbix: загрузка процессора и памяти на MIS-APP-01/02, задержки дисков и число активных сессий на MIS-DB-01. Отметьте время начала отклонений.
3. **Серверы приложений.** Проверьте, что служба сервера приложений МИС работает на обоих узлах и балансировщик видит их в состоянии «Up». Если один узел не отвечает, выведите его из балансировки и перезапустите службу.
4. **База данных.** Посмотрите долгие запросы и блокировки. Частая причина утренних тормозов — ночные задания (реестры ОМС, выгрузки в региональную систему), которые не успели завершиться. Не завершайте чужие сессии без согласования с администратором БД.
5. **Сеть.** Если тормозит только один корпус или этаж, проверьте коммутатор этажа и канал до серверной.
6. **Внешние интеграции.** Ошибки при подписи и отправке документов при нормальной работе остальной МИС указывают на региональную систему или УЦ, а не на наши серверы. Проверьте статус на портале оператора.

> **Не перезапускайте** сервер базы данных в рабочее время без решения начальника отдела: восстановление после перезапуска занимает до 20 минут, а незавершённые транзакции могут откатиться.

## После восстановления

Заполните решение в основной заявке: что было причиной, что сделано, что сделаем, чтобы не повторилось. Если нужна доработка у поставщика МИС, зарегистрируйте обращение у него и укажите его номер во внутренней заметке.`,
  },
  {
    key: "kb-int-switch-port-reset",
    categoryKey: "network-wired",
    lang: "ru",
    title: "Порт коммутатора в состоянии err-disabled: проверка и восстановление",
    tags: ["коммутатор", "порт", "err-disabled", "петля", "BPDU Guard", "VLAN", "для ИТ"],
    visibility: "internal",
    status: "published",
    body: `## Симптомы

У пользователя «Сетевой кабель не подключён» или нет сети, при этом кабель и розетка целы. Часто после того, как в кабинете что-то переключали: ставили свой маленький коммутатор, соединяли две розетки кабелем, переносили компьютер в другую розетку.

## Порядок действий

1. По журналу кроссировки найдите, к какому порту коммутатора подключена розетка (номер розетки вида 3-17 — этаж и порядковый номер).
2. Подключитесь к коммутатору по SSH и посмотрите состояние порта и причину отключения в журнале: петля (BPDU Guard, loop protection), превышение числа MAC-адресов (port security) или ошибки на линии.
3. **Устраните причину до включения порта.** Если сработала защита от петли — найдите и уберите лишний кабель или чужой коммутатор в кабинете. Если port security — выясните, какое устройство подключили: новый компьютер регистрируем, личные устройства не подключаем.
4. Включите порт (shutdown / no shutdown в режиме настройки интерфейса) и убедитесь, что он перешёл в состояние up.
5. Проверьте VLAN порта: рабочие станции — VLAN 20, IP-телефоны — голосовой VLAN 40, принтеры — VLAN 30.
6. Сохраните конфигурацию коммутатора.

> **Не отключайте** защиту от петель и port security на порту «чтобы больше не падало». Одна петля без защиты кладёт сеть всего этажа, как это было в лаборатории.

## Если ошибки на линии

Рост счётчиков CRC и частые переключения скорости говорят о повреждённом кабеле или розетке. Проверьте линию тестером; повреждённую линию перетяните или временно переключите пользователя на свободную розетку и отметьте это в журнале кроссировки.

В решении заявки укажите розетку, порт коммутатора и причину отключения.`,
  },
  {
    key: "kb-int-ad-unlock",
    categoryKey: "accounts-password",
    lang: "ru",
    title: "Разблокировка учётной записи и сброс пароля: регламент для специалистов",
    tags: ["Active Directory", "блокировка", "сброс пароля", "идентификация", "для ИТ"],
    visibility: "internal",
    status: "published",
    body: `## Идентификация звонящего

Сброс пароля — самое частое действие и самое удобное для злоумышленника. Поэтому пароль сбрасываем только после проверки личности:

1. Звонок должен быть с внутреннего номера отделения, где работает сотрудник (номер видно на экране телефона), или сотрудник приходит лично.
2. Уточните ФИО, должность и отделение и сверьте их с карточкой в Active Directory.
3. Для VIP-пользователей и сотрудников с доступом к отчётам МИС — перезвоните на номер из справочника, а не на тот, с которого звонили.

Звонок с мобильного номера без подтверждения — повод вежливо отказать и предложить подойти в 105 кабинет или позвонить с рабочего телефона.

## Разблокировка

1. Найдите учётную запись в оснастке «Пользователи и компьютеры Active Directory».
2. Посмотрите, с какого устройства были неудачные попытки входа (журнал безопасности контроллера домена, событие 4740). Если источник — телефон или старый компьютер пользователя, без устранения причины блокировка повторится через несколько минут.
3. Снимите блокировку на вкладке «Учётная запись».

## Сброс пароля

1. Задайте временный пароль и обязательно отметьте «Требовать смену пароля при следующем входе».
2. Продиктуйте пароль по телефону. **Не пишите пароль в заявке**, в замечаниях и в почте — замечания видит пользователь и наблюдатели.
3. Убедитесь, что пользователь вошёл и сменил пароль, и напомните обновить его на телефоне (почта, Wi-Fi).

> **Важно.** Если сотрудник сообщает, что не блокировал учётную запись и не вводил пароль, а попытки идут с незнакомого компьютера, — не разблокируйте, а сообщите начальнику отдела: это может быть подбор пароля.

## Что писать в решении

Причина блокировки (истёк пароль, старый пароль на устройстве, опечатки) и что сделано. Без самого пароля и без данных, по которым проверяли личность.`,
  },
  {
    key: "kb-int-skud-controller",
    categoryKey: "access-doors",
    lang: "ru",
    title: "Контроллер СКУД не на связи: перезагрузка и синхронизация",
    tags: ["СКУД", "контроллер", "турникет", "считыватель", "для ИТ"],
    visibility: "internal",
    status: "draft",
    body: `## Симптомы

Дверь или турникет не реагирует на новые пропуска, а старые работают; либо не работает ни один пропуск. В программе СКУД контроллер отображается серым («Нет связи»). Контроллер без связи с сервером работает в автономном режиме по последней загруженной базе карт, поэтому новые и изменённые пропуска он не знает.

## Порядок действий

1. В программе СКУД найдите контроллер двери и посмотрите время последней связи.
2. Проверьте связь с контроллером по сети (ping по адресу из карточки контроллера). Если не отвечает — проверьте коммутатор, к которому он подключён: чаще всего причина в отключении питания в щитовой.
3. Если контроллер отвечает, но в программе «Нет связи» — перезапустите службу сервера СКУД.
4. Если не помогло — перезагрузите контроллер по питанию. Контроллеры находятся над дверью в распределительной коробке; ключ от коробок — на посту охраны. **Перед перезагрузкой контроллера турникета предупредите охрану:** на 1–2 минуты турникет откроется в режим свободного прохода.
5. После появления связи выполните «Полную загрузку базы карт» в контроллер и проверьте проход по новому пропуску.

> **Важно.** Двери реанимации и операционного блока при потере питания открываются (требование пожарной безопасности). Если работы затягиваются, попросите охрану выставить пост у двери.

## Черновик: доработать

- Добавить схему размещения контроллеров по корпусам.
- Уточнить у подрядчика порядок сброса контроллера к заводским настройкам.
- Добавить, кому сообщать при выходе из строя считывателя (гарантийный подрядчик).`,
  },
  {
    key: "kb-videoconference",
    categoryKey: "software-install",
    lang: "ru",
    title: "Видеоконференции и телемедицинские консультации",
    tags: ["видеоконференция", "телемедицина", "TrueConf", "гарнитура", "камера", "консультация"],
    visibility: "public",
    status: "in_review",
    body: `## Что используется в больнице

- **Телемедицинские консультации** с федеральными и региональными центрами проводятся через федеральную телемедицинскую систему, доступ к которой настроен в кабинете телемедицины (каб. 214) и у заведующих отделениями.
- **Внутренние совещания и разборы** — в программе видеосвязи TrueConf, она установлена на компьютерах заведующих и в конференц-зале.
- **Конференции сторонних организаций** в других сервисах подключайте через браузер: большинство сервисов позволяет войти по ссылке без установки программы.

Устанавливать другие программы видеосвязи на рабочие компьютеры нельзя — обращайтесь с заявкой, подберём разрешённый вариант.

## Подготовка к консультации

1. За 15 минут до начала подключите гарнитуру или спикерфон и веб-камеру.
2. Откройте программу и в настройках выберите гарнитуру как устройство ввода и вывода звука, затем выберите камеру.
3. Выполните «Проверку звука» или тестовый звонок на номер проверки связи.
4. Закройте на компьютере лишние программы и вкладки — видеосвязь требует ресурсов.
5. Подготовьте документы пациента заранее: демонстрация экрана из МИС доступна в кнопке «Показать экран».

> **Персональные данные.** Перед демонстрацией экрана закройте окна с данными других пациентов. Записывать консультацию можно только с согласия пациента.

## Если нет звука или изображения

- Проверьте, что гарнитура выбрана в самой программе, а не только в Windows.
- Отключите и снова подключите USB-гарнитуру, затем перезапустите программу.
- Если собеседник вас не слышит, проверьте, не выключен ли микрофон кнопкой на шнуре гарнитуры.

При проблемах перед срочной консультацией звоните на 1100 — такие заявки выполняются вне очереди.`,
  },

  // ---------- English ----------
  {
    key: "kb-en-password-reset",
    categoryKey: "accounts-password",
    lang: "en",
    title: "How to change or reset your account password",
    tags: ["password", "account", "locked out", "login", "Windows"],
    visibility: "public",
    status: "published",
    translationOfKey: "kb-password-reset",
    body: `## One password for everything

Your hospital account is the same for all systems: Windows sign-in, the MIS, e-mail and the OKB-Staff Wi-Fi. The password is valid for 90 days; Windows starts reminding you to change it 14 days before it expires.

## Changing your password yourself

If you remember your current password, change it before you get locked out:

1. Press **Ctrl+Alt+Del** and choose "Change a password".
2. Enter your old password, then the new one twice.
3. The new password must be at least 10 characters long, contain upper- and lower-case letters and digits, and differ from your last three passwords.
4. Update the password on every device where it is saved: work smartphone (e-mail, Wi-Fi), tablet, laptop.

## If you forgot your password or your account is locked

After five wrong attempts the account is locked for 30 minutes. To avoid waiting:

1. Call the IT department on extension **1100**, or ask a colleague to file a ticket on your behalf (category "Accounts and passwords → Password reset and unlock").
2. The specialist will confirm who you are (name, position, department) and give you a temporary password **by phone only**: passwords are never sent by e-mail or in ticket remarks.
3. Sign in to Windows with the temporary password; you will be asked to set a new one straight away.

> **The most common cause of repeated lock-outs** is an old password saved on a smartphone. The phone keeps trying to connect to e-mail or Wi-Fi with the old password and locks the account again. Update the password on your phone right after changing it.

## Keeping your password safe

- Do not share your password with colleagues, even while you are on leave: your manager can request access to your documents.
- Do not write your password on the monitor or under the keyboard.
- IT staff will never ask you for your password.`,
  },
  {
    key: "kb-en-wifi-okb-staff",
    categoryKey: "network-wifi",
    lang: "en",
    title: "Connecting to the staff Wi-Fi network OKB-Staff",
    tags: ["Wi-Fi", "OKB-Staff", "wireless", "smartphone", "laptop"],
    visibility: "public",
    status: "published",
    translationOfKey: "kb-wifi-okb-staff",
    body: `## Networks in the hospital

- **OKB-Staff** is the network for staff. It gives access to the MIS, printers, e-mail and the internet. You sign in with your hospital account.
- **OKB-Guest** is for patients and visitors: internet only, no access to internal systems. The access code is sent by SMS.

Ward-round tablets and department laptops are connected to OKB-Staff by the IT department in advance.

## How to connect to OKB-Staff

1. Choose **OKB-Staff** in the list of networks.
2. Enter your hospital login (the one you use for Windows, e.g. *whitfield.j*) without the \`OKB\\\` prefix and without \`@hospital.local\`.
3. Enter your Windows password.
4. Your phone or laptop will ask you to trust the server certificate **radius.okb.local**: accept it. On Android, set "CA certificate" to "Use system certificates" (or "Don't validate") and "Domain" to okb.local.
5. Connecting takes a few seconds; a Wi-Fi icon without an exclamation mark means everything works.

## If it does not connect

1. Check that your password has not expired: try signing in to webmail with it.
2. If you have recently changed your password, remove the network from the device ("Forget network") and connect again: the device remembers the old password.
3. Make sure the date and time on your phone are correct: with a wrong date the certificate is rejected.

> **Important.** A device with an old password tries to connect again and again and locks your account. If you keep getting locked out of your computer and e-mail after a password change, update the Wi-Fi password on your phone first.

If the connection drops in a particular place (a ward or an office), give the room number and time in your ticket so the specialist can check the access point.`,
  },
  {
    key: "kb-en-printing-from-laptop",
    categoryKey: "printers",
    lang: "en",
    title: "Printing from a personal or visiting laptop",
    tags: ["printing", "printer", "laptop", "driver", "visiting staff"],
    visibility: "public",
    status: "published",
    body: `## Why the printers are not listed

Hospital computers receive their printers automatically from the print server. A personal laptop, or one issued by your home institution, is not a member of the hospital domain, so the department printers do not appear in its printer list. They can still be added directly, by their network address.

## Before you start

- Connect the laptop to **OKB-Staff**. The guest network OKB-Guest is isolated from printers and internal systems.
- Find the printer's label: each printer has a sticker with its name and IP address, e.g. *PRN-CARD-2F 10.20.31.15*. If there is no sticker, print a configuration page from the printer menu or ask the department's senior nurse.

## Adding the printer (Windows)

1. Open **Settings → Bluetooth & devices → Printers & scanners → Add device**.
2. Wait a few seconds, then click "Add manually".
3. Choose "Add a printer using an IP address or hostname" and enter the IP address from the label.
4. Windows usually finds a driver itself. If it asks, choose the manufacturer (HP or Kyocera) and the model, or the universal PCL 6 driver.
5. Print a test page.

On a Mac, open **System Settings → Printers & Scanners → Add Printer**, choose the "IP" tab, enter the address and select "Generic PCL Printer" if the model is not found.

> **Patient data.** Collect printed documents immediately: department printers are in shared areas. Do not store patient documents on a personal laptop; use the MIS or the department's shared folder.

## Still not printing?

File a ticket in "Printers and MFPs" with the printer label and your laptop's operating system. If it is quicker, bring the laptop to room 105 (IT), weekdays 8:00–17:00.`,
  },
  {
    key: "kb-en-visiting-clinicians-it-guide",
    categoryKey: "accounts",
    lang: "en",
    title: "IT quick start for visiting clinicians",
    tags: ["visiting staff", "account", "MIS", "access card", "e-mail", "getting started"],
    visibility: "public",
    status: "published",
    body: `## Your first day

Welcome to the Regional Clinical Hospital. Your department head requests your IT access before you arrive. On your first day, come to **room 101** (security) for your access card and to **room 105** (IT) for your account; bring your passport.

## What you get

1. **A hospital account** (login such as *surname.initial*) with a temporary password. You will change it at first sign-in. It works for Windows, the MIS, e-mail and Wi-Fi, and expires at the end of your placement.
2. **An e-mail address** @hospital.local. Webmail is available from any hospital computer and from OKB-Staff.
3. **MIS access** with a role that matches your position. Visiting consultants usually get read access to records, lab results and imaging reports; signing documents requires a Russian qualified electronic signature and is arranged separately.
4. **An access card** for the staff entrance and your department.

## Working with the MIS

The MIS interface is in Russian. A few tips:

- Search for a patient by medical record number or by the first letters of the surname; you can add the Russian keyboard layout (Alt+Shift to switch) or request a bilingual keyboard.
- Lab results are under «Результаты исследований», imaging reports under «Исследования».
- The session locks after 15 minutes of inactivity; drafts are kept.

> **Confidentiality.** Patient data stays in hospital systems. Do not copy records to personal devices, cloud storage or messengers, and lock your screen (Win+L) whenever you leave the workstation.

## Getting help

File a ticket at the service desk in English; an English-speaking specialist will answer. For urgent problems call extension **1100**. Tickets are answered in the order of priority, and you will receive an e-mail at every step.`,
  },
  {
    key: "kb-en-cyrillic-display",
    categoryKey: "pc-peripherals",
    lang: "en",
    title: "Cyrillic text shows as question marks or garbled characters",
    tags: ["Cyrillic", "encoding", "locale", "question marks", "laptop", "keyboard layout"],
    visibility: "public",
    status: "draft",
    body: `## Symptoms

On a laptop with an English version of Windows, some programs show Russian text as **????** or as meaningless characters (for example, "Ðåçóëüòàòû" instead of «Результаты»). This usually affects older programs, exported reports and text files, while web pages and the MIS itself look fine.

## Cause

Older programs do not use Unicode and rely on the system's "language for non-Unicode programs". On an English system this is set to English, which has no Cyrillic letters.

## Fix (Windows 10 and 11)

1. Open **Settings → Time & language → Language & region**.
2. Click **Administrative language settings**.
3. On the "Administrative" tab, under "Language for non-Unicode programs", click **Change system locale**.
4. Choose **Russian (Russia)**. Leave "Beta: Use Unicode UTF-8" unticked: it breaks some older medical software.
5. Restart the computer.

The Windows interface stays in English; only the way older programs display text changes. Administrator rights are required, so on hospital laptops this is done by IT.

> **Note.** If a CSV file exported from the MIS opens in Excel with garbled text, do not change anything in Windows: open it via **Data → From Text/CSV** and choose the encoding "1251: Cyrillic (Windows)".

## Typing in Russian

Add the Russian keyboard under **Language & region → Add a language**. Switch layouts with **Alt+Shift** or **Win+Space**. Bilingual keyboards are available from IT on request.

*Draft: add screenshots and check the steps on macOS.*`,
  },
];
