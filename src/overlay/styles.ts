// The overlay's own styles, inside its shadow root: the page's CSS cannot reach them, and they cannot reach the page.
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; }
.layer.hidden .mark:not(.focus) { display: none; }
.mark {
  position: absolute; box-sizing: border-box; pointer-events: none;
  border: 2px solid var(--c); background: color-mix(in srgb, var(--c) 10%, transparent); border-radius: 2px;
}
.mark.off { display: none; }
.mark.error { --c: #d93025; }
.mark.warning { --c: #e37400; }
.mark.info { --c: #1a73e8; border-style: dashed; border-width: 1px; background: transparent; }
.mark.focus { animation: flash 0.5s ease-in-out 4; z-index: 2; }
.mark.open { z-index: 4; }
.tab {
  position: absolute; top: -8px; right: -8px; width: 16px; height: 16px; border-radius: 8px;
  background: var(--c); color: #fff; font: bold 11px/16px system-ui, sans-serif; text-align: center;
  pointer-events: auto; cursor: help; user-select: none;
}
.tip {
  display: none; position: absolute; left: 0; top: calc(100% + 6px); z-index: 3;
  width: max-content; max-width: 360px; padding: 6px 9px; border-radius: 6px;
  background: #202124; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.35);
  font: 12px/1.55 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  white-space: pre-line; text-align: left;
}
.tip p { margin: 0; }
.tip p + p { margin-top: 5px; padding-top: 5px; border-top: 1px solid #5f6368; }
.tab:hover + .tip, .mark.open .tip { display: block; }
@keyframes flash {
  0%, 100% { box-shadow: 0 0 0 0 var(--c); }
  50% { box-shadow: 0 0 0 6px color-mix(in srgb, var(--c) 45%, transparent); }
}
`;
