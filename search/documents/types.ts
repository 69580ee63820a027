import type { SuggestReader } from "./suggest-to";

/**
 * What the builders read (a row from Postgres with what belongs to it) and what they produce (the indexed
 * document). The document shapes mirror search/indices/*-mapping.ts field by field.
 */
export type TicketSource = {
  id: string;
  number: number;
  type: "incident" | "request";
  status: "new" | "in_progress" | "waiting" | "resolved" | "closed" | "cancelled";
  priority: "low" | "normal" | "high" | "critical";
  subject: string;
  description: string;
  solution: string | null;
  shareable: boolean;
  categoryId: string | null;
  requesterId: string;
  createdById: string;
  assigneeId: string | null;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** Remarks in the order written; `internal` ones are IT staff's notes. */
  remarks: { body: string; internal: boolean }[];
  watcherIds: string[];
  /** The requester's department: a department head sees its tickets. */
  departmentId: string | null;
  /** Category ids from the root down to `categoryId`. */
  categoryPath: string[];
  /** The newest audit event of the ticket: every change of it, remarks and watchers too, writes one. */
  lastEventAt: Date | null;
};

export type TicketDocument = {
  kind: "ticket";
  number: string;
  subject: string;
  description: string;
  solution: string | null;
  remarks: string[];
  internalNotes: string[];
  categoryId: string | null;
  categoryPath: string[];
  type: TicketSource["type"];
  status: TicketSource["status"];
  priority: TicketSource["priority"];
  shareable: boolean;
  /** search/documents/suggest-to.ts */
  suggestTo: SuggestReader[];
  requesterId: string;
  createdById: string;
  departmentId: string | null;
  watcherIds: string[];
  assigneeId: string | null;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  sourceVersion: number;
};

export type ArticleSource = {
  id: string;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  categoryId: string | null;
  categoryPath: string[];
  visibility: "public" | "internal";
  status: "draft" | "in_review" | "published" | "archived";
  language: "ru" | "en";
  helpfulVotes: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
};

export type ArticleDocument = {
  kind: "article";
  title: string;
  body: string;
  tags: string[];
  categoryId: string | null;
  categoryPath: string[];
  visibility: ArticleSource["visibility"];
  status: ArticleSource["status"];
  /** search/documents/suggest-to.ts */
  suggestTo: SuggestReader[];
  language: ArticleSource["language"];
  helpfulVotes: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  sourceVersion: number;
};
