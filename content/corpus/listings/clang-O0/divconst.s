	.text
	.intel_syntax noprefix
	.file	"divconst.c"
	.globl	div3                            # -- Begin function div3
	.p2align	4, 0x90
	.type	div3,@function
div3:                                   # @div3
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 3
	cdq
	idiv	ecx
	pop	rbp
	ret
.Lfunc_end0:
	.size	div3, .Lfunc_end0-div3
                                        # -- End function
	.globl	div7                            # -- Begin function div7
	.p2align	4, 0x90
	.type	div7,@function
div7:                                   # @div7
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 7
	cdq
	idiv	ecx
	pop	rbp
	ret
.Lfunc_end1:
	.size	div7, .Lfunc_end1-div7
                                        # -- End function
	.globl	mod10                           # -- Begin function mod10
	.p2align	4, 0x90
	.type	mod10,@function
mod10:                                  # @mod10
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	cdq
	idiv	ecx
	mov	eax, edx
	pop	rbp
	ret
.Lfunc_end2:
	.size	mod10, .Lfunc_end2-mod10
                                        # -- End function
	.globl	udiv3                           # -- Begin function udiv3
	.p2align	4, 0x90
	.type	udiv3,@function
udiv3:                                  # @udiv3
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 3
	xor	edx, edx
	div	ecx
	pop	rbp
	ret
.Lfunc_end3:
	.size	udiv3, .Lfunc_end3-udiv3
                                        # -- End function
	.globl	udiv7                           # -- Begin function udiv7
	.p2align	4, 0x90
	.type	udiv7,@function
udiv7:                                  # @udiv7
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 7
	xor	edx, edx
	div	ecx
	pop	rbp
	ret
.Lfunc_end4:
	.size	udiv7, .Lfunc_end4-udiv7
                                        # -- End function
	.globl	umod10                          # -- Begin function umod10
	.p2align	4, 0x90
	.type	umod10,@function
umod10:                                 # @umod10
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	eax, edx
	pop	rbp
	ret
.Lfunc_end5:
	.size	umod10, .Lfunc_end5-umod10
                                        # -- End function
	.globl	udiv10_64                       # -- Begin function udiv10_64
	.p2align	4, 0x90
	.type	udiv10_64,@function
udiv10_64:                              # @udiv10_64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 10
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	pop	rbp
	ret
.Lfunc_end6:
	.size	udiv10_64, .Lfunc_end6-udiv10_64
                                        # -- End function
	.globl	div1000_64                      # -- Begin function div1000_64
	.p2align	4, 0x90
	.type	div1000_64,@function
div1000_64:                             # @div1000_64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 1000
	cqo
	idiv	rcx
	pop	rbp
	ret
.Lfunc_end7:
	.size	div1000_64, .Lfunc_end7-div1000_64
                                        # -- End function
	.globl	div_pow2                        # -- Begin function div_pow2
	.p2align	4, 0x90
	.type	div_pow2,@function
div_pow2:                               # @div_pow2
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 16
	cdq
	idiv	ecx
	pop	rbp
	ret
.Lfunc_end8:
	.size	div_pow2, .Lfunc_end8-div_pow2
                                        # -- End function
	.globl	mod_pow2                        # -- Begin function mod_pow2
	.p2align	4, 0x90
	.type	mod_pow2,@function
mod_pow2:                               # @mod_pow2
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 16
	cdq
	idiv	ecx
	mov	eax, edx
	pop	rbp
	ret
.Lfunc_end9:
	.size	mod_pow2, .Lfunc_end9-mod_pow2
                                        # -- End function
	.globl	mod7_64                         # -- Begin function mod7_64
	.p2align	4, 0x90
	.type	mod7_64,@function
mod7_64:                                # @mod7_64
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 7
	cqo
	idiv	rcx
	mov	rax, rdx
	pop	rbp
	ret
.Lfunc_end10:
	.size	mod7_64, .Lfunc_end10-mod7_64
                                        # -- End function
	.globl	divisible_by_3                  # -- Begin function divisible_by_3
	.p2align	4, 0x90
	.type	divisible_by_3,@function
divisible_by_3:                         # @divisible_by_3
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 3
	xor	edx, edx
	div	ecx
	cmp	edx, 0
	sete	al
	and	al, 1
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end11:
	.size	divisible_by_3, .Lfunc_end11-divisible_by_3
                                        # -- End function
	.globl	digit_sum_div                   # -- Begin function digit_sum_div
	.p2align	4, 0x90
	.type	digit_sum_div,@function
digit_sum_div:                          # @digit_sum_div
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], 0
.LBB12_1:                               # =>This Inner Loop Header: Depth=1
	cmp	dword ptr [rbp - 4], 0
	je	.LBB12_3
# %bb.2:                                #   in Loop: Header=BB12_1 Depth=1
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	add	edx, dword ptr [rbp - 8]
	mov	dword ptr [rbp - 8], edx
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 10
	xor	edx, edx
	div	ecx
	mov	dword ptr [rbp - 4], eax
	jmp	.LBB12_1
.LBB12_3:
	mov	eax, dword ptr [rbp - 8]
	pop	rbp
	ret
.Lfunc_end12:
	.size	digit_sum_div, .Lfunc_end12-digit_sum_div
                                        # -- End function
	.globl	udiv_by_large                   # -- Begin function udiv_by_large
	.p2align	4, 0x90
	.type	udiv_by_large,@function
udiv_by_large:                          # @udiv_by_large
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 1000000007
	xor	edx, edx
	div	ecx
	pop	rbp
	ret
.Lfunc_end13:
	.size	udiv_by_large, .Lfunc_end13-udiv_by_large
                                        # -- End function
	.globl	div_neg5                        # -- Begin function div_neg5
	.p2align	4, 0x90
	.type	div_neg5,@function
div_neg5:                               # @div_neg5
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 4294967291
	cdq
	idiv	ecx
	pop	rbp
	ret
.Lfunc_end14:
	.size	div_neg5, .Lfunc_end14-div_neg5
                                        # -- End function
	.globl	udiv_u64_by_7                   # -- Begin function udiv_u64_by_7
	.p2align	4, 0x90
	.type	udiv_u64_by_7,@function
udiv_u64_by_7:                          # @udiv_u64_by_7
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 7
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	pop	rbp
	ret
.Lfunc_end15:
	.size	udiv_u64_by_7, .Lfunc_end15-udiv_u64_by_7
                                        # -- End function
	.globl	umod_u64_by_1e9                 # -- Begin function umod_u64_by_1e9
	.p2align	4, 0x90
	.type	umod_u64_by_1e9,@function
umod_u64_by_1e9:                        # @umod_u64_by_1e9
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	rax, qword ptr [rbp - 8]
	mov	ecx, 1000000000
	xor	edx, edx
                                        # kill: def $rdx killed $edx
	div	rcx
	mov	rax, rdx
	pop	rbp
	ret
.Lfunc_end16:
	.size	umod_u64_by_1e9, .Lfunc_end16-umod_u64_by_1e9
                                        # -- End function
	.globl	seconds_to_hms                  # -- Begin function seconds_to_hms
	.p2align	4, 0x90
	.type	seconds_to_hms,@function
seconds_to_hms:                         # @seconds_to_hms
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 3600
	xor	edx, edx
	div	ecx
	imul	eax, eax, 10000
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 60
	xor	edx, edx
	div	ecx
	mov	ecx, 60
	xor	edx, edx
	div	ecx
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	imul	ecx, edx, 100
	add	eax, ecx
	mov	dword ptr [rbp - 8], eax        # 4-byte Spill
	mov	eax, dword ptr [rbp - 4]
	mov	ecx, 60
	xor	edx, edx
	div	ecx
	mov	eax, dword ptr [rbp - 8]        # 4-byte Reload
	add	eax, edx
	pop	rbp
	ret
.Lfunc_end17:
	.size	seconds_to_hms, .Lfunc_end17-seconds_to_hms
                                        # -- End function
	.globl	celsius_from_f                  # -- Begin function celsius_from_f
	.p2align	4, 0x90
	.type	celsius_from_f,@function
celsius_from_f:                         # @celsius_from_f
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	eax, dword ptr [rbp - 4]
	sub	eax, 32
	imul	eax, eax, 5
	mov	ecx, 9
	cdq
	idiv	ecx
	pop	rbp
	ret
.Lfunc_end18:
	.size	celsius_from_f, .Lfunc_end18-celsius_from_f
                                        # -- End function
	.globl	udiv16_by_5                     # -- Begin function udiv16_by_5
	.p2align	4, 0x90
	.type	udiv16_by_5,@function
udiv16_by_5:                            # @udiv16_by_5
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	ax, di
	mov	word ptr [rbp - 2], ax
	movzx	eax, word ptr [rbp - 2]
	mov	ecx, 5
	cdq
	idiv	ecx
                                        # kill: def $ax killed $ax killed $eax
	movzx	eax, ax
	pop	rbp
	ret
.Lfunc_end19:
	.size	udiv16_by_5, .Lfunc_end19-udiv16_by_5
                                        # -- End function
	.globl	u8_div_3                        # -- Begin function u8_div_3
	.p2align	4, 0x90
	.type	u8_div_3,@function
u8_div_3:                               # @u8_div_3
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	al, dil
	mov	byte ptr [rbp - 1], al
	movzx	eax, byte ptr [rbp - 1]
	mov	ecx, 3
	cdq
	idiv	ecx
                                        # kill: def $al killed $al killed $eax
	movzx	eax, al
	pop	rbp
	ret
.Lfunc_end20:
	.size	u8_div_3, .Lfunc_end20-u8_div_3
                                        # -- End function
	.globl	div_by_variable                 # -- Begin function div_by_variable
	.p2align	4, 0x90
	.type	div_by_variable,@function
div_by_variable:                        # @div_by_variable
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	qword ptr [rbp - 8], rdi
	mov	qword ptr [rbp - 16], rsi
	cmp	qword ptr [rbp - 16], 0
	je	.LBB21_3
# %bb.1:
	movabs	rax, -9223372036854775808
	cmp	qword ptr [rbp - 8], rax
	jne	.LBB21_4
# %bb.2:
	cmp	qword ptr [rbp - 16], -1
	jne	.LBB21_4
.LBB21_3:
	xor	eax, eax
                                        # kill: def $rax killed $eax
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
	jmp	.LBB21_5
.LBB21_4:
	mov	rax, qword ptr [rbp - 8]
	cqo
	idiv	qword ptr [rbp - 16]
	mov	qword ptr [rbp - 24], rax       # 8-byte Spill
.LBB21_5:
	mov	rax, qword ptr [rbp - 24]       # 8-byte Reload
	pop	rbp
	ret
.Lfunc_end21:
	.size	div_by_variable, .Lfunc_end21-div_by_variable
                                        # -- End function
	.globl	udiv_by_variable                # -- Begin function udiv_by_variable
	.p2align	4, 0x90
	.type	udiv_by_variable,@function
udiv_by_variable:                       # @udiv_by_variable
# %bb.0:
	push	rbp
	mov	rbp, rsp
	mov	dword ptr [rbp - 4], edi
	mov	dword ptr [rbp - 8], esi
	cmp	dword ptr [rbp - 8], 0
	je	.LBB22_2
# %bb.1:
	mov	eax, dword ptr [rbp - 4]
	xor	edx, edx
	div	dword ptr [rbp - 8]
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB22_3
.LBB22_2:
	xor	eax, eax
	mov	dword ptr [rbp - 12], eax       # 4-byte Spill
	jmp	.LBB22_3
.LBB22_3:
	mov	eax, dword ptr [rbp - 12]       # 4-byte Reload
	pop	rbp
	ret
.Lfunc_end22:
	.size	udiv_by_variable, .Lfunc_end22-udiv_by_variable
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
