using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SqliteSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_summary_runs",
                columns: table => new
                {
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_summary_runs", x => x.EditionId);
                    table.ForeignKey(
                        name: "FK_change_summary_runs_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SectionLineages = table.Column<string>(type: "TEXT", nullable: true),
                    SectionTitles = table.Column<string>(type: "TEXT", nullable: true),
                    Terms = table.Column<string>(type: "TEXT", nullable: true),
                    FlagKinds = table.Column<string>(type: "TEXT", nullable: true),
                    MinScore = table.Column<double>(type: "REAL", nullable: false),
                    DeliveryType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastDigestAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subscriptions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subscription_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComparisonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscription_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subscription_deliveries_comparisons_ComparisonId",
                        column: x => x.ComparisonId,
                        principalTable: "comparisons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_subscription_deliveries_subscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "subscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_subscription_deliveries_BatchId",
                table: "subscription_deliveries",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_subscription_deliveries_ComparisonId",
                table: "subscription_deliveries",
                column: "ComparisonId");

            migrationBuilder.CreateIndex(
                name: "IX_subscription_deliveries_Status",
                table: "subscription_deliveries",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_subscription_deliveries_SubscriptionId_ComparisonId",
                table: "subscription_deliveries",
                columns: new[] { "SubscriptionId", "ComparisonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_CountryKey",
                table: "subscriptions",
                column: "CountryKey");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_UserId",
                table: "subscriptions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_summary_runs");

            migrationBuilder.DropTable(
                name: "subscription_deliveries");

            migrationBuilder.DropTable(
                name: "subscriptions");
        }
    }
}
