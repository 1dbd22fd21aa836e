using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Diagnostics.Tests.KnowledgeBase;

public sealed class ErrorCodeLookupTests
{
    private static readonly ErrorCodeCatalog Catalog = ErrorCodeCatalog.Default;

    [Theory]
    [InlineData("868", "868")]
    [InlineData(" 868 ", "868")]
    [InlineData("\t868\r\n", "868")]
    [InlineData("0x364", "868")]
    [InlineData("0X364", "868")]
    [InlineData("0x00000364", "868")]
    [InlineData("0x80070364", "868")]
    [InlineData("-2147024028", "868")] // the signed form of 0x80070364
    [InlineData("2147943268", "868")] // the unsigned decimal form of 0x80070364
    [InlineData("0x800735E9", "13801")]
    [InlineData("0x800B0109", "0x800B0109")]
    [InlineData("0x800b0109", "0x800B0109")]
    [InlineData("  0X800B0109  ", "0x800B0109")]
    [InlineData("-2146762487", "0x800B0109")]
    [InlineData("2148204809", "0x800B0109")]
    [InlineData("-2146885613", "0x80092013")]
    [InlineData("0x80092013", "0x80092013")]
    [InlineData("0x80070040", "0x80070040")]
    [InlineData("-2147024832", "0x80070040")]
    [InlineData("0x800b010f", "0x800B010F")]
    [InlineData("-2146762481", "0x800B010F")]
    [InlineData("809", "809")]
    [InlineData("0x329", "809")]
    [InlineData("０ｘ３６４", "868")] // typed with a Japanese IME in full-width mode
    [InlineData("\u3000８０９\u3000", "809")]
    public void Find_AcceptedForm_ResolvesToTheEntry(string text, string code)
    {
        var lookup = Catalog.Find(text);

        Assert.Equal(ErrorCodeLookupFailure.None, lookup.Failure);
        Assert.Equal(code, lookup.Entry?.Code);
        Assert.Equal(code, lookup.NormalizedCode);
    }

    [Theory]
    [InlineData("12345", "12345")]
    [InlineData("0", "0")]
    [InlineData("64", "64")] // the plain Win32 code, not the VPN client's HRESULT 0x80070040
    [InlineData("0x80070005", "5")]
    [InlineData("-2147023004", "1892")] // 0x80070764: a Win32 code the knowledge base does not describe
    [InlineData("0x80004005", "0x80004005")]
    [InlineData("-2147467259", "0x80004005")]
    [InlineData("0xc0000005", "0xC0000005")]
    [InlineData("4294967295", "0xFFFFFFFF")]
    public void Find_WellFormedUndescribedCode_IsUnknownWithCanonicalCode(string text, string normalized)
    {
        var lookup = Catalog.Find(text);

        Assert.Null(lookup.Entry);
        Assert.False(lookup.Found);
        Assert.Equal(ErrorCodeLookupFailure.Unknown, lookup.Failure);
        Assert.Equal(normalized, lookup.NormalizedCode);
    }

    public static TheoryData<string> NotCodes =>
    [
        "", " ", "\t\r\n", "0x", "0X", " 0x ", "x364", "0x 364", "0x-364", "0xG", "--1", "-", "-0", "+868",
        "868a", "8 68", "8\u000068", "868\u0000", "\u0007868", "\u0000", "1e3", "86.8", "8,68", "0b101",
        "0x1FFFFFFFF", "0x100000000", "4294967296", "99999999999999999999", "-2147483649", "-4294967295",
        "\u0668\u0666\u0668", "error 868", "ERROR_DNSNAME_NOT_RESOLVABLE", "\ud800868", "868\udc00",
        new string('9', 10_240), new string(' ', 10_240) + "868", "0x" + new string('0', 30) + "364",
    ];

    [Theory]
    [MemberData(nameof(NotCodes))]
    public void Find_TextThatIsNotACode_IsNotACode(string text)
    {
        var lookup = Catalog.Find(text);

        Assert.Null(lookup.Entry);
        Assert.Equal(ErrorCodeLookupFailure.NotACode, lookup.Failure);
        Assert.Null(lookup.NormalizedCode);
    }

    [Fact]
    public void Find_Null_IsNotACode()
    {
        Assert.Equal(ErrorCodeLookupFailure.NotACode, Catalog.Find(null!).Failure);
    }

    [Fact]
    public void Find_RandomAndMutatedInput_NeverThrowsAndStaysConsistent()
    {
        var random = new Random(868);
        var seeds = new[] { "868", "0x80070364", "-2146885613", "0x800B0109", " 13801 ", "０ｘ３６４" };
        const string Alphabet = "0123456789abcdefABCDEFxX-+ \t\r\n\u0000\u3000０９ｘ.,e";

        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 2 == 0 ? Mutate(seeds[random.Next(seeds.Length)], random, Alphabet) : Random(random, Alphabet);

            var lookup = Catalog.Find(text);

            switch (lookup.Failure)
            {
                case ErrorCodeLookupFailure.None:
                    Assert.NotNull(lookup.Entry);
                    Assert.Equal(lookup.Entry.Code, lookup.NormalizedCode);
                    break;
                case ErrorCodeLookupFailure.Unknown:
                    Assert.Null(lookup.Entry);
                    Assert.Equal(lookup.NormalizedCode, ErrorCodeText.Normalize(lookup.NormalizedCode));
                    break;
                default:
                    Assert.Null(lookup.Entry);
                    Assert.Null(lookup.NormalizedCode);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("0x80070364", 868u)]
    [InlineData("0x800735E9", 13801u)]
    [InlineData("0x80070000", 0u)]
    [InlineData("0x800B0109", 0x800B0109u)]
    [InlineData("0x00070364", 0x00070364u)] // no severity bit: not an HRESULT, left alone
    [InlineData("0x80170364", 0x80170364u)] // another facility
    public void Unwrap_Win32Hresult_GivesTheWin32Code(string text, uint expected)
    {
        Assert.True(ErrorCodeText.TryParse(text, out var value));

        Assert.Equal(expected, ErrorCodeText.Unwrap(value));
    }

    private static string Mutate(string seed, Random random, string alphabet)
    {
        var chars = seed.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 1 when at < chars.Count:
                    chars[at] = alphabet[random.Next(alphabet.Length)];
                    break;
                default:
                    chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
            }
        }

        return new string([.. chars]);
    }

    private static string Random(Random random, string alphabet)
    {
        var length = random.Next(0, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            // Mostly the characters codes are made of, sometimes any UTF-16 unit (lone surrogates included).
            chars[i] = random.Next(4) == 0 ? (char)random.Next(char.MaxValue + 1) : alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
