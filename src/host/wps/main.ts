/** Entry of the WPS加载项's main page (index.html): the ribbon callbacks, on window. */
import { installRibbon } from "./ribbon";

installRibbon();
