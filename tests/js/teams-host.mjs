// The card look of the docs/cards pictures is the local chat page's own (src/VpnBot.Host/wwwroot/hostconfig.js), so
// the pictures show what a newcomer sees on the page. That file is a browser module beside the page; Node reads it
// as text and imports it as a module, since no package.json there marks .js files as modules.
import { readFileSync } from 'node:fs';

const pageHostConfig = readFileSync(new URL('../../src/VpnBot.Host/wwwroot/hostconfig.js', import.meta.url), 'utf8');
export const { hostConfig } = await import(`data:text/javascript;base64,${Buffer.from(pageHostConfig).toString('base64')}`);

const fontFamily = hostConfig.fontFamily;

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
