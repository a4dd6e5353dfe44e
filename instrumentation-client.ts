// Runs in the browser before the app becomes interactive. zod would otherwise probe for eval
// (`new Function`) on its first parse, which the Content-Security-Policy forbids and reports as
// a violation; its interpreted path is as correct and fast enough for our forms.
import { z } from "zod";

z.config({ jitless: true });
