// Shapes of the demo content: plain data, no database code. The seed script maps keys to ids.

export type Lang = "ru" | "en";
export type Priority = "low" | "normal" | "high" | "critical";
export type Urgency = "low" | "normal" | "high";
export type Role = "requester" | "manager" | "specialist" | "dispatcher" | "editor" | "analyst" | "admin";
export type TicketType = "incident" | "request";
export type ArticleStatus = "published" | "draft" | "in_review" | "archived";
export type Visibility = "public" | "internal";
/** Which demo specialist a category's tickets go to by default. */
export type DefaultAssignee = "specialist" | "specialist2";

export interface DepartmentSeed {
  key: string;
  nameRu: string;
  nameEn: string;
}

export interface CategorySeed {
  key: string;
  /** Absent on a root category. */
  parentKey?: string;
  nameRu: string;
  nameEn: string;
  defaultPriority: Priority;
  defaultAssignee?: DefaultAssignee;
}

export interface PersonSeed {
  email: string;
  nameRu: string;
  nameEn?: string;
  /** A person may hold several roles. */
  roles: Role[];
  departmentKey: string;
  language: Lang;
  vip?: boolean;
  /** Job title, in the person's language. */
  title: string;
}

export interface RemarkSeed {
  from: "requester" | "staff";
  body: string;
}

export interface TicketSeed {
  key: string;
  type: TicketType;
  categoryKey: string;
  lang: Lang;
  subject: string;
  description: string;
  /** What the specialist wrote in the Solution field; this is what search and suggestions index. */
  solution: string;
  urgency: Urgency;
  /** In order; seen by the requester and watchers. */
  publicRemarks: RemarkSeed[];
  /** IT staff only. */
  internalNotes?: string[];
  /** When present, the requester rejected the first solution with this complaint before confirming. */
  rejectComplaint?: string;
  /** False for tickets whose solution must not be suggested to other people (personal or security matters). */
  shareable?: boolean;
}

export interface ArticleSeed {
  key: string;
  categoryKey: string;
  lang: Lang;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  visibility: Visibility;
  status: ArticleStatus;
  /** Key of the article this one translates. */
  translationOfKey?: string;
}
