import { config } from "@/lib/config";
import { getUserById } from "@/lib/people/get-user";
import { sendMail } from "./send-mail";

const texts = {
  ru: {
    subject: "Много неудачных попыток входа в вашу учётную запись",
    body: (who: string, address: string, url: string) =>
      `${who}, в вашу учётную запись службы поддержки десять раз подряд пытались войти с неверным паролем с адреса ${address}.\n\n` +
      `Вход с этого адреса временно заблокирован. Если это были не вы, смените пароль и завершите все сеансы в профиле: ${url}/profile\n`,
  },
  en: {
    subject: "Many failed sign-ins to your account",
    body: (who: string, address: string, url: string) =>
      `${who}, someone tried to sign in to your service desk account with a wrong password ten times in a row from ${address}.\n\n` +
      `Sign-in from that address is paused for a while. If this was not you, change your password and sign out everywhere on your profile page: ${url}/profile\n`,
  },
};

/** Tells the owner of an account, in their language, that it is being guessed at. */
export async function sendSignInFailuresMail({ userId, address }: { userId: string; address: string }): Promise<void> {
  const user = await getUserById(userId);
  if (!user) return;
  const t = texts[user.language ?? "ru"];
  await sendMail({ to: user.email, subject: t.subject, text: t.body(user.name, address, config.appUrl()) });
}
