using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KzDiff.Service.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_summary_runs",
                columns: table => new
                {
                    EditionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CountryKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SectionLineages = table.Column<string>(type: "text", nullable: true),
                    SectionTitles = table.Column<string>(type: "text", nullable: true),
                    Terms = table.Column<string>(type: "text", nullable: true),
                    FlagKinds = table.Column<string>(type: "text", nullable: true),
                    MinScore = table.Column<double>(type: "double precision", nullable: false),
                    DeliveryType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastDigestAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComparisonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: false),
                    MessageJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
