/** The last slide of a deck: a QR code only when it leads somewhere; the sources are never lost. */
import { describe, expect, it, vi } from 'vitest';
import { closingSlide } from '../../src/slides/qr.ts';

describe('the closing slide', () => {
  it('while the address is the example one, leaves the QR code out with a build warning and keeps the sources on a slide', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const last = await closingSlide('扫码', 'https://honor-roll.example.org/talks/x/', ['本报《测试报道》（2022年）']);
    expect(last).toMatchObject({ kind: 'text', title: '资料来源' });
    expect(last && 'html' in last ? last.html : '').toContain('本报《测试报道》（2022年）');
    expect(warn.mock.calls.flat().join('')).toMatch(/baseUrl 还是示例地址（honor-roll\.example\.org）.*二维码页暂不放映/);
    expect(await closingSlide('扫码', 'https://honor-roll.example.org/talks/x/', [])).toBeUndefined();
    warn.mockRestore();
  });

  it('with a real address, is a QR code of the page that names the address', async () => {
    const last = await closingSlide('扫码', 'https://gonghui.test/talks/x/', ['本报《测试报道》（2022年）']);
    expect(last).toMatchObject({ kind: 'qr', url: 'https://gonghui.test/talks/x/', sources: ['本报《测试报道》（2022年）'] });
    expect(last && 'svg' in last ? last.svg : '').toMatch(/^<svg role="img" aria-label="二维码：https:\/\/gonghui\.test\/talks\/x\/"[\s\S]*<path/);
  });
});
