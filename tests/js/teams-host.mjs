// A host configuration close to Teams' light theme: its spacing and type scale (medium text is the same size as
// default text in Teams, so hierarchy must come from weight and spacing), Segoe UI with Noto Sans CJK JP where
// Segoe UI is missing, and status colours dark enough to read on white. Used by render-cards.mjs.

const fontFamily = "'Segoe UI', 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', Meiryo, sans-serif";
const monospace = "Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK JP', monospace";

const sizes = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
const weights = { lighter: 200, default: 400, bolder: 600 };

const foreground = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#ffffff', subtle: '#f3f2f1' },
  accent: { default: '#5b5fc7', subtle: '#7579eb' },
  good: { default: '#107c41', subtle: '#3c8f5f' },
  warning: { default: '#9a6700', subtle: '#b07a12' },
  attention: { default: '#c4314b', subtle: '#d0546a' },
};

const style = backgroundColor => ({ backgroundColor, foregroundColors: foreground });

export const hostConfig = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ',',
  fontTypes: {
    default: { fontFamily, fontSizes: sizes, fontWeights: weights },
    monospace: { fontFamily: monospace, fontSizes: { ...sizes, default: 13 }, fontWeights: weights },
  },
  lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#e0e0e0' },
  containerStyles: {
    default: style('#ffffff'),
    emphasis: style('#f5f5f5'),
    accent: style('#e8ebfa'),
    good: style('#e7f4e4'),
    attention: style('#fde7e9'),
    warning: style('#fff4ce'),
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  factSet: {
    title: { size: 'default', color: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { size: 'default', color: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  inputs: {
    label: {
      inputSpacing: 'small',
      requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { size: 'small', color: 'attention' },
  },
};

// The page around the card: Teams' message background, a card of Teams' width, Teams-like buttons and inputs
// (the renderer leaves their look to the host).
export const pageCss = `
  html, body { margin: 0; background: #f5f5f5; }
  #frame { width: 560px; padding: 12px; box-sizing: content-box; }
  #card { background: #ffffff; border: 1px solid #e0e0e0; border-radius: 6px; overflow: hidden; }
  .ac-pushButton { font-family: ${fontFamily}; font-size: 14px; font-weight: 600; min-height: 32px; padding: 4px 14px;
    border: 1px solid #d1d1d1; border-radius: 4px; background: #ffffff; color: #242424; cursor: pointer;
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: #5b5fc7; border-color: #5b5fc7; color: #ffffff; }
  .ac-input { font-family: ${fontFamily}; font-size: 14px; color: #242424; }
  .ac-textInput, .ac-multichoiceInput select, select.ac-input { min-height: 32px; box-sizing: border-box; padding: 4px 8px;
    border: 1px solid #d1d1d1; border-bottom-color: #616161; border-radius: 4px; background: #ffffff; }
  .ac-choiceSetInput-expanded label, .ac-choiceSetInput-expanded span { font-size: 14px; }
  .ac-selectable { cursor: pointer; }
`;
