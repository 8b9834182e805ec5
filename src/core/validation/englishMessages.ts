import * as z from 'zod/mini';

/** zod/mini ships without messages; validation errors we show are in English. */
z.config(z.locales.en());
