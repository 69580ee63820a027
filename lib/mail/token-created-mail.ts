import { config } from "@/lib/config";
import { getUserById } from "@/lib/people/get-user";
import { sendMail } from "./send-mail";

const texts = {
  ru: {
    subject: (name: string) => `Создан API-токен «${name}»`,
    body: (who: string, name: string, url: string) =>
      `${who}, для вашей учётной записи создан персональный API-токен «${name}».\n\n` +
      `Если это были не вы, отзовите его в профиле: ${url}/profile\n`,
  },
  en: {
    subject: (name: string) => `API token "${name}" created`,
    body: (who: string, name: string, url: string) =>
      `${who}, a personal API token "${name}" was created for your account.\n\n` +
      `If this was not you, revoke it on your profile page: ${url}/profile\n`,
  },
};

/** Tells a user, in their language, that a personal API token was created for them. */
export async function sendTokenCreatedMail({ userId, tokenName }: { userId: string; tokenName: string }): Promise<void> {
  const user = await getUserById(userId);
  if (!user) return;
  const t = texts[user.language ?? "ru"];
  await sendMail({ to: user.email, subject: t.subject(tokenName), text: t.body(user.name, tokenName, config.appUrl()) });
}
