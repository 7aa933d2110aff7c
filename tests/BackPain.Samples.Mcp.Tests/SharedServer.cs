namespace BackPain.Samples.Mcp.Tests;

/// <summary>The test classes share one in-process server: it keeps nothing between calls.</summary>
[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<McpServerFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "MCP server";
}
