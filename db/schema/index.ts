export * from "./enums";
export * from "./people";
export * from "./categories";
export * from "./tickets";
export * from "./articles";
export * from "./audit";
export * from "./routing";
export * from "./notify";
