/**
 * A fake of Apps Script's Ui: add-on menus as built, prompts and alerts answered from queues the
 * test fills (an unexpected dialog fails the test), and sidebars shown.
 */
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
type ButtonName = (typeof Button)[keyof typeof Button];

export interface BuiltMenu {
  kind: 'addon' | 'menu';
  title: string;
  items: { caption: string; functionName: string }[];
}

export interface Dialog {
  kind: 'prompt' | 'alert';
  title: string;
  text: string;
  buttons: string;
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: BuiltMenu[] = [];
  readonly dialogs: Dialog[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly promptAnswers: { button: ButtonName; text: string }[] = [];
  readonly alertAnswers: ButtonName[] = [];

  constructor(private readonly addonTitle = 'AI comp') {}

  createAddonMenu() {
    return this.menu('addon', this.addonTitle);
  }
  createMenu(title: string) {
    return this.menu('menu', title);
  }

  private menu(kind: BuiltMenu['kind'], title: string) {
    const built: BuiltMenu = { kind, title, items: [] };
    const menu = {
      addItem: (caption: string, functionName: string) => {
        built.items.push({ caption, functionName });
        return menu;
      },
      addSeparator: () => menu,
      addToUi: () => {
        this.menus.push(built);
      },
    };
    return menu;
  }

  prompt(title: string, text: string, buttons: string = ButtonSet.OK) {
    this.dialogs.push({ kind: 'prompt', title, text, buttons });
    const answer = this.promptAnswers.shift();
    if (!answer) throw new Error(`unexpected prompt: ${title}: ${text}`);
    return { getSelectedButton: () => answer.button, getResponseText: () => answer.text };
  }

  alert(title: string, text?: string, buttons: string = ButtonSet.OK): ButtonName {
    this.dialogs.push({ kind: 'alert', title, text: text ?? '', buttons });
    if (buttons === ButtonSet.OK) return Button.OK;
    const answer = this.alertAnswers.shift();
    if (!answer) throw new Error(`unexpected question: ${title}: ${text}`);
    return answer;
  }

  showSidebar(output: { getTitle(): string; getContent(): string }): void {
    this.sidebars.push({ title: output.getTitle(), content: output.getContent() });
  }
}
