using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "editions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountryName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SectionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SentenceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_editions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CountryKey = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "schema_info",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schema_info", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "comparisons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FromEditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToEditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EngineVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Computations = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_comparisons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_comparisons_editions_FromEditionId",
                        column: x => x.FromEditionId,
                        principalTable: "editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_comparisons_editions_ToEditionId",
                        column: x => x.ToEditionId,
                        principalTable: "editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "edition_contents",
                columns: table => new
                {
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceBytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TreeJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_edition_contents", x => x.EditionId);
                    table.ForeignKey(
                        name: "FK_edition_contents_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LineageId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Path = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    SentenceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sections_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "batch_items",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComparisonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_items", x => new { x.BatchId, x.ComparisonId });
                    table.ForeignKey(
                        name: "FK_batch_items_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_batch_items_comparisons_ComparisonId",
                        column: x => x.ComparisonId,
                        principalTable: "comparisons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_batch_items_ComparisonId",
                table: "batch_items",
                column: "ComparisonId");

            migrationBuilder.CreateIndex(
                name: "IX_comparisons_FromEditionId_ToEditionId_EngineVersion",
                table: "comparisons",
                columns: new[] { "FromEditionId", "ToEditionId", "EngineVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_comparisons_Status",
                table: "comparisons",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_comparisons_ToEditionId",
                table: "comparisons",
                column: "ToEditionId");

            migrationBuilder.CreateIndex(
                name: "IX_editions_CountryKey_Year_Revision",
                table: "editions",
                columns: new[] { "CountryKey", "Year", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_editions_Sha256",
                table: "editions",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_log_At",
                table: "import_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_sections_CountryKey_LineageId",
                table: "sections",
                columns: new[] { "CountryKey", "LineageId" });

            migrationBuilder.CreateIndex(
                name: "IX_sections_EditionId_Ordinal",
                table: "sections",
                columns: new[] { "EditionId", "Ordinal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batch_items");

            migrationBuilder.DropTable(
                name: "edition_contents");

            migrationBuilder.DropTable(
                name: "import_log");

            migrationBuilder.DropTable(
                name: "schema_info");

            migrationBuilder.DropTable(
                name: "sections");

            migrationBuilder.DropTable(
                name: "batches");

            migrationBuilder.DropTable(
                name: "comparisons");

            migrationBuilder.DropTable(
                name: "editions");
        }
    }
}
