using System.Buffers;

namespace KzDiff.Core.Parsing.Text;

/// <summary>Decoded text, in a buffer rented from the shared pool unless it is a string; dispose it once read.</summary>
internal ref struct LeasedText
{
    private char[]? _rented;

    public LeasedText(string text) => Text = text.AsMemory();

    public LeasedText(char[] rented, int length)
    {
        _rented = rented;
        Text = rented.AsMemory(0, length);
    }

    /// <summary>The text; not to be kept past <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            Text = default;
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
