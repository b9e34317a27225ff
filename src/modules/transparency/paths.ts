/** Every URL of the transparency hub (views link, routes register, tests call). */
export const PATHS = {
  home: '/transparenz',
} as const;
