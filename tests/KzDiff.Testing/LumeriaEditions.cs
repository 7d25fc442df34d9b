namespace KzDiff.Testing;

/// <summary>
/// Fictional Lumeria 2023 and 2024 (and a corrected 2024) for the subscription tests: two numbers
/// change, and the "Internet Freedom" subsection is renamed "Freedom of Expression Online" with one
/// sentence changed. Apart from <see cref="TestData"/>, whose folder some tests import whole.
/// </summary>
public static class LumeriaEditions
{
    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "LumeriaEditions", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
