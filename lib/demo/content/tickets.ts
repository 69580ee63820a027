import { ticketsPrintersMisNetwork } from "./tickets-1";
import { ticketsAccountsHardwareSoftware } from "./tickets-2";
import type { TicketSeed } from "./types";

// Ticket templates: the seed script gives each a requester (of the ticket's language), dates and a status.
export const tickets: TicketSeed[] = [...ticketsPrintersMisNetwork, ...ticketsAccountsHardwareSoftware];
