namespace KzDiff.Testing;

/// <summary>The small fictional editions of KzDiff.Testing/TestData, copied into every test project's output.</summary>
public static class TestData
{
    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
