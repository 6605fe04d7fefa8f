import { hello } from "@omsorg/platform"; console.log(hello("x" as string));
