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
};

const fallbackByCode: Partial<Record<ErrorCode, string>> = { not_found: "Not found" };

export function localizeError(error: AppError, locale: Locale): AppError {
  const message = error.message || fallbackByCode[error.code] || "";
  if (locale !== "ru") return error;
  const fields = error.fields
    ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, russian[v] ?? v]))
    : undefined;
  return new AppError(error.code, russian[message] ?? message, fields);
}
