// Realistic tickets (subject on the first line, then description and solution) for the grouping's unit tests.
import { generateTickets } from "@/search/bench/generate-corpus";

/**
 * The tickets a real report groups among: 2,000 generated from the demo's 71 templates. Grouping only ten texts
 * would weigh words by how rare they are among ten, which says little, and would give the relative threshold no
 * similarity scale to measure (README.md, "Limits").
 */
export const background = [...generateTickets(2000, 11)].map((t) => ({
  id: `generated-${t.source.number}`,
  text: [t.source.subject, t.source.description, t.source.solution ?? ""].join("\n"),
}));
export const printerNoPrint = {
  id: "printer-no-print",
  text: "Не печатает принтер в регистратуре\nПринтер в регистратуре перестал печатать талоны, задания висят в очереди печати. перезапущена служба диспетчера печати, очередь печати очищена.",
};
export const printerNoTickets = {
  id: "printer-no-tickets",
  text: "Принтер HP не выдаёт талоны\nHP LaserJet у окна регистратуры не печатает талоны пациентам, документы уходят в очередь печати и пропадают. очищена очередь печати, перезапущен диспетчер печати.",
};
export const printerJams = {
  id: "printer-jams",
  text: "Принтер зажёвывает бумагу\nВ кабинете 12 принтер мнёт листы, бумага застревает внутри, горит замятие. извлечён обрывок листа, почищен ролик подачи бумаги.",
};
export const passwordExpired = {
  id: "password-expired",
  text: "Password expired, cannot log in to Windows\nWindows says the password has expired and asks to change it, the new password is rejected. password reset in Active Directory, user changed password at logon.",
};
export const passwordExpiredAgain = {
  id: "password-expired-2",
  text: "Windows password has expired\nAt logon Windows tells me my password expired; changing password fails. reset the password in Active Directory and let the user set a new password.",
};
export const unrelated = [
  {
    id: "outlook-send",
    text: "Outlook does not send mail\nMessages stay in the Outbox, the mail server rejects them. SMTP settings corrected in the Outlook profile.",
  },
  {
    id: "vpn",
    text: "VPN не подключается из дома\nКлиент VPN выдаёт ошибку 809 при подключении. открыт порт на роутере, переустановлен клиент.",
  },
  { id: "monitor", text: "Монитор мигает и гаснет\nМонитор Dell в бухгалтерии гаснет каждые пять минут. заменён кабель питания монитора." },
  {
    id: "phone",
    text: "Не работает телефон на посту\nIP-телефон не получает гудок, на экране нет регистрации. телефон перенастроен на станции.",
  },
  {
    id: "badge",
    text: "Badge does not open the door\nThe access card stopped opening the server room door. card re-issued in the access control system.",
  },
];
export const fixture = [
  printerNoPrint,
  printerJams,
  passwordExpired,
  ...unrelated.slice(0, 3),
  printerNoTickets,
  passwordExpiredAgain,
  ...unrelated.slice(3),
];
