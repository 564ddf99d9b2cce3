/**
 * The ribbon's function file (manifest FunctionFile → commands.html). Every button of the add-in's
 * ribbon group opens the task pane (ShowTaskpane actions), so there is no ExecuteFunction command
 * yet; Office still loads this page and waits for Office.onReady.
 */
void Office.onReady();
