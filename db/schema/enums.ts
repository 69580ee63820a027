import { pgEnum } from "drizzle-orm/pg-core";

// The roles of PRODUCT.md. A person may hold several (user_roles).
export const roleEnum = pgEnum("role", ["requester", "manager", "specialist", "dispatcher", "editor", "analyst", "admin"]);

export const languageEnum = pgEnum("language", ["ru", "en"]);
export const priorityEnum = pgEnum("priority", ["low", "normal", "high", "critical"]);
export const urgencyEnum = pgEnum("urgency", ["low", "normal", "high"]);
export const ticketTypeEnum = pgEnum("ticket_type", ["incident", "request"]);
export const ticketStatusEnum = pgEnum("ticket_status", ["new", "in_progress", "waiting", "resolved", "closed", "cancelled"]);
export const articleStatusEnum = pgEnum("article_status", ["draft", "in_review", "published", "archived"]);
export const visibilityEnum = pgEnum("visibility", ["public", "internal"]);
export const problemStatusEnum = pgEnum("problem_status", ["open", "known_error", "resolved", "closed"]);
