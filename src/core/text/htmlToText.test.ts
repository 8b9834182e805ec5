import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText.ts';

describe('htmlToText', () => {
  it('keeps plain text as it is', () => {
    expect(htmlToText('Checkout took too long')).toBe('Checkout took too long');
  });

  it('turns paragraphs and <br> into line breaks', () => {
    expect(htmlToText('<p>First</p><p>Second<br>third</p>')).toBe('First\nSecond\nthird');
    expect(htmlToText('<p>a</p><p></p><p>b</p>')).toBe('a\n\nb');
    expect(htmlToText('one<br/>two<BR />three')).toBe('one\ntwo\nthree');
  });

  it('decodes named entities', () => {
    expect(htmlToText('Fish &amp; chips &lt;3 &gt; &quot;q&quot; &apos;s&apos;')).toBe(
      'Fish & chips <3 > "q" \'s\'',
    );
    expect(htmlToText('Wait&hellip; 10&ndash;20 min &mdash; &euro;5 &copy;')).toBe(
      'Wait… 10–20 min — €5 ©',
    );
  });

  it('decodes decimal and hex references, and replaces impossible ones', () => {
    expect(htmlToText('&#39;&#x1F600;&#X41;&#8722;1')).toBe("'😀A−1");
    expect(htmlToText('&#0;&#xD800;&#99999999;')).toBe('\ufffd\ufffd&#99999999;');
  });

  it('leaves unknown entities and bare ampersands alone', () => {
    expect(htmlToText('R&D &bogus; a & b')).toBe('R&D &bogus; a & b');
  });

  it('decodes once: an escaped tag stays text', () => {
    expect(htmlToText('&lt;b&gt;bold&lt;/b&gt; &amp;amp;')).toBe('<b>bold</b> &amp;');
  });

  it('collapses whitespace inside lines, nbsp included, and trims every line', () => {
    expect(htmlToText('  <p>  a \t  b&nbsp;&nbsp;c  </p>\n\n<p> d </p>  ')).toBe('a b c\nd');
  });

  it('treats source line breaks as spaces', () => {
    expect(htmlToText('one\ntwo\r\nthree')).toBe('one two three');
  });

  it('drops script and style elements with their content', () => {
    expect(htmlToText('<p>Hi<script>alert("<p>x</p>")</script> there</p>')).toBe('Hi there');
    expect(htmlToText('<style>p { color: red }</style>Text')).toBe('Text');
    expect(htmlToText('a<script>never closed')).toBe('a');
  });

  it('drops attributes, including quoted ones that hold >', () => {
    expect(htmlToText('<a href="x" title="a > b" onclick=\'go(">")\'>link</a> end')).toBe(
      'link end',
    );
  });

  it('drops comments and an unclosed tag at the end', () => {
    expect(htmlToText('a<!-- <p>hidden</p> -->b')).toBe('ab');
    expect(htmlToText('text <span class="x')).toBe('text');
    expect(htmlToText('a<!-- never closed')).toBe('a');
  });

  it('keeps a lone < that starts no tag', () => {
    expect(htmlToText('1 < 2 and x<3')).toBe('1 < 2 and x<3');
  });

  it('breaks lines at block elements', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul><div>three</div>')).toBe('one\ntwo\nthree');
  });

  it('returns an empty string for empty or tag-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p><br></p>')).toBe('');
  });
});

describe('htmlToText on large input', () => {
  it('lower-cases the input once, however many raw-text elements it holds (it was once per tag)', () => {
    const html = '<b>kept</b><SCRIPT>gone</SCRIPT>'.repeat(10_000);
    let wholeInput = 0;
    // a String object counts the calls that work on the whole input; the rest behave as on a string
    const counted = Object.assign(new String(html), {
      replace(this: string, ...args: Parameters<string['replace']>) {
        wholeInput += 1;
        return String.prototype.replace.apply(html, args);
      },
      toLowerCase() {
        wholeInput += 1;
        return html.toLowerCase();
      },
    });
    const text = htmlToText(counted as unknown as string);
    expect(text).toBe('kept'.repeat(10_000));
    expect(wholeInput).toBeLessThanOrEqual(1);
  });

  it('finds the end of a script after letters whose lower case is longer', () => {
    expect(htmlToText('İİİ<script>x</script>after')).toBe('İİİafter');
  });
});
